-- expect: transaction-nesting
ROLLBACK;
