package io.pmi.interview.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportingLineTest {

    private record Person(String externalId, String managerExternalId, boolean erased)
            implements ReportingLine.Member {
    }

    private final Map<String, Person> people = new HashMap<>();

    private Person add(String id, String manager) {
        Person person = new Person(id, manager, false);
        people.put(id, person);
        return person;
    }

    private ReportingLine.Chain<Person> chainOf(String id) {
        return ReportingLine.walk(people.get(id), next -> Optional.ofNullable(people.get(next)));
    }

    private static List<String> ids(ReportingLine.Chain<Person> chain) {
        return chain.managers().stream().map(Person::externalId).toList();
    }

    @Test
    void walksUpToTheTop() {
        add("ceo", null);
        add("vp", "ceo");
        add("lead", "vp");
        add("dev", "lead");
        ReportingLine.Chain<Person> chain = chainOf("dev");
        assertEquals(List.of("lead", "vp", "ceo"), ids(chain));
        assertEquals(ChainEnd.TOP, chain.end());
        assertNull(chain.pendingManager());
        assertEquals(List.of(), ids(chainOf("ceo")));
    }

    @Test
    void aSelfManagedTopEndsTheChain() {
        add("ceo", "ceo");
        add("dev", "ceo");
        assertEquals(List.of("ceo"), ids(chainOf("dev")));
        assertEquals(ChainEnd.TOP, chainOf("dev").end());
        assertEquals(ChainEnd.TOP, chainOf("ceo").end());
    }

    @Test
    void anUnknownManagerIsPending() {
        add("lead", "vp");
        add("dev", "lead");
        ReportingLine.Chain<Person> chain = chainOf("dev");
        assertEquals(List.of("lead"), ids(chain));
        assertEquals(ChainEnd.UNKNOWN_MANAGER, chain.end());
        assertEquals("vp", chain.pendingManager());
    }

    @Test
    void aLoopEndsWithoutRepeatingAnyone() {
        add("a", "b");
        add("b", "c");
        add("c", "a");
        add("x", "a");
        assertEquals(List.of("b", "c"), ids(chainOf("a")));
        assertEquals(ChainEnd.CYCLE, chainOf("a").end());
        assertEquals(List.of("a", "b", "c"), ids(chainOf("x")));
        assertEquals(ChainEnd.CYCLE, chainOf("x").end());
    }

    @Test
    void anErasedManagerEndsTheChain() {
        people.put("gone", new Person("gone", null, true));
        add("dev", "gone");
        ReportingLine.Chain<Person> chain = chainOf("dev");
        assertEquals(List.of("gone"), ids(chain));
        assertEquals(ChainEnd.ERASED, chain.end());
        assertEquals(ChainEnd.ERASED, chainOf("gone").end());
    }

    @Test
    void aChainLongerThanTheLimitIsCut() {
        add("p0", null);
        for (int i = 1; i <= ReportingLine.MAX_DEPTH + 5; i++) {
            add("p" + i, "p" + (i - 1));
        }
        ReportingLine.Chain<Person> chain = chainOf("p" + (ReportingLine.MAX_DEPTH + 5));
        assertEquals(ReportingLine.MAX_DEPTH, chain.managers().size());
        assertEquals(ChainEnd.DEPTH_LIMIT, chain.end());
        ReportingLine.Chain<Person> exact = chainOf("p" + ReportingLine.MAX_DEPTH);
        assertEquals(ReportingLine.MAX_DEPTH, exact.managers().size());
        assertEquals(ChainEnd.TOP, exact.end());
    }
}
