-- The export by subject (report-service's campaign summaries read a campaign one subject at a time) and a single
-- subject's export, both in completion order within the subject: one index range scan, no sort.
CREATE INDEX ix_interview_export_subject ON interview (tenant_id, campaign_id, status, subject_external_id,
                                                      completed_at, id);
