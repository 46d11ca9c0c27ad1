package io.pmi.questionbank.benchmark;

/** Starts the benchmark environment and keeps it up until Ctrl-C: for looking at it by hand. */
public final class BenchServe {
    private BenchServe() {
    }

    public static void main(String[] args) throws Exception {
        try (QuestionBankBench env = QuestionBankBench.start()) {
            System.out.println("URL " + env.baseUrl());
            System.out.println("JDBC " + env.jdbcUrl("") + " (account in " + env.databaseOptionFile() + ")");
            System.out.println("TOKEN " + env.token());
            System.out.println("DIR " + env.runDir());
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
