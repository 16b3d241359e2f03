package tw.netzero.portal.domain.model.account;

import java.util.Set;

/**
 * What a user may do. Each role grants container groups: a member-admin is also a member,
 * a secretariat admin is also a reviewer, so checks can name the lesser role.
 */
public enum Role {
    MEMBER(Set.of(Roles.MEMBER)),
    MEMBER_ADMIN(Set.of(Roles.MEMBER, Roles.MEMBER_ADMIN)),
    REVIEWER(Set.of(Roles.REVIEWER)),
    SECRETARIAT_ADMIN(Set.of(Roles.REVIEWER, Roles.SECRETARIAT_ADMIN)),
    /** Outside the alliance: neither a company's user nor secretariat staff (issue 16, decision 0038). */
    PROVIDER(Set.of(Roles.PROVIDER)),
    JUROR(Set.of(Roles.JUROR));

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    public Set<String> groups() {
        return groups;
    }

    /** Secretariat staff see every company; members only their own. */
    public boolean isSecretariat() {
        return this == REVIEWER || this == SECRETARIAT_ADMIN;
    }

    /** Providers and jurors of the call for solutions: accounts of no company and no secretariat. */
    public boolean isCallParticipant() {
        return this == PROVIDER || this == JUROR;
    }
}
