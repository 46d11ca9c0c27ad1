#!/bin/bash
# One schema and one user per service (DESIGN.md section 2), each user allowed its own schema only; each service's
# Flyway creates its tables there. Runs once, when the MySQL volume is first created.
set -euo pipefail
mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS question_bank CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS interview CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS report CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'question_bank'@'%' IDENTIFIED BY '${PMI_QUESTION_BANK_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'interview'@'%' IDENTIFIED BY '${PMI_INTERVIEW_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'report'@'%' IDENTIFIED BY '${PMI_REPORT_DB_PASSWORD}';
GRANT ALL ON question_bank.* TO 'question_bank'@'%';
GRANT ALL ON interview.* TO 'interview'@'%';
GRANT ALL ON report.* TO 'report'@'%';
SQL
