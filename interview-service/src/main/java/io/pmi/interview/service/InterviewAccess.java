package io.pmi.interview.service;

import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.InterviewRepository;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.security.Roles;
import io.pmi.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Who may see an interview: HR_ADMIN every interview of the tenant, an INTERVIEWER only those whose interviewer is
 * the token's subject. Any other interview is a 404, exactly like a missing one, and so is another tenant's.
 */
@ApplicationScoped
public class InterviewAccess {

    private final InterviewRepository interviews;
    private final SecurityIdentity identity;
    private final CurrentTenant tenant;

    public InterviewAccess(InterviewRepository interviews, SecurityIdentity identity, CurrentTenant tenant) {
        this.interviews = interviews;
        this.identity = identity;
        this.tenant = tenant;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Interview find(String id) {
        return interviews.find(id, tenant.readable()).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("Interview", id));
    }

    public boolean visible(Interview interview) {
        return identity.hasRole(Roles.HR_ADMIN) || interview.interviewerId.equals(identity.getPrincipal().getName());
    }

    /** The interviewer an INTERVIEWER's lists are limited to; null for HR_ADMIN. */
    public String onlyInterviewer() {
        return identity.hasRole(Roles.HR_ADMIN) ? null : identity.getPrincipal().getName();
    }
}
