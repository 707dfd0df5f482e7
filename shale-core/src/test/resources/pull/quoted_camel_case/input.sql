-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TYPE "UserRole" AS ENUM ('Admin', 'RegularUser');

CREATE TABLE "HTTPRequestLog" (
  "ID" bigint NOT NULL,
  "UserProfileID" bigint,
  CONSTRAINT "HTTPRequestLog_pkey" PRIMARY KEY ("ID")
);

CREATE TABLE "UserProfile" (
  "userId" bigint NOT NULL,
  "displayName" text NOT NULL,
  "Role" "UserRole" DEFAULT 'RegularUser' NOT NULL,
  "createdAt" timestamp with time zone DEFAULT now(),
  CONSTRAINT "UserProfile_pkey" PRIMARY KEY ("userId"),
  CONSTRAINT "UserProfile_displayName_check" CHECK (length("displayName") > 0)
);

CREATE INDEX "UserProfile_displayName_idx" ON "UserProfile" ("displayName");

ALTER TABLE "HTTPRequestLog" ADD CONSTRAINT "HTTPRequestLog_UserProfileID_fkey" FOREIGN KEY ("UserProfileID") REFERENCES "UserProfile" ("userId");
