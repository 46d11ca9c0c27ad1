-- The question list is most often filtered by dimension or topic together with status (the active questions of a
-- dimension). These indexes let the count read only index entries and the page walk the matches in key order;
-- the dimension-only and topic-only indexes stay for filters without status.
CREATE INDEX ix_question_tenant_dimension_status ON question (tenant_id, dimension_id, status, question_key);
CREATE INDEX ix_question_tenant_topic_status ON question (tenant_id, topic_id, status, question_key);
