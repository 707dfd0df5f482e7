CREATE INDEX webhooks_repo_id
ON webhooks(webhook_repo_id);
