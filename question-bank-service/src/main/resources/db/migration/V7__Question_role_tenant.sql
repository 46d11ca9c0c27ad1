-- The role filter of the question list reads question_role by tenant and role. The old index (role, question_id)
-- held every tenant's rows of a role, so a tenant's role=PEER count read the PEER rows of all tenants and checked
-- each question's tenant; with the tenant in the table and first in the index it reads its own rows only.
ALTER TABLE question_role ADD COLUMN tenant_id VARCHAR(64) NULL;
UPDATE question_role r JOIN question q ON q.id = r.question_id SET r.tenant_id = q.tenant_id;
ALTER TABLE question_role MODIFY tenant_id VARCHAR(64) NOT NULL;
CREATE INDEX ix_question_role_tenant_role ON question_role (tenant_id, role, question_id);
DROP INDEX ix_question_role_role ON question_role;
