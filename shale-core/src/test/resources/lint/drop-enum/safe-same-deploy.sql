-- expect: none
CREATE TYPE mood AS ENUM ('sad', 'happy');
DROP TYPE mood;
