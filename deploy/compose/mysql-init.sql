-- One schema per service (DESIGN.md section 2); each service's Flyway creates its tables in it.
CREATE DATABASE IF NOT EXISTS question_bank CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS interview CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS report CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL ON question_bank.* TO 'pmi'@'%';
GRANT ALL ON interview.* TO 'pmi'@'%';
GRANT ALL ON report.* TO 'pmi'@'%';
