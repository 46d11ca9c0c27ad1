package io.pmi.report.domain.analysis;

/**
 * The catalogue of claims checked against performance records (ANALYSIS.md, "History checks"). A usable source
 * makes a claim through its figures on the claim's measures; the check looks at the last three periods that start
 * no later than the end of the campaign's period.
 */
public enum Claim {
    /**
     * "The KPIs are unreasonable or out of reach": a scale mean of 2 or less on
     * {@value LibraryMeasures#KPI_REASONABLENESS}, or the modal choice {@value LibraryMeasures#OUT_OF_REACH} on
     * {@value LibraryMeasures#KPI_REACHABILITY}. CORROBORATED when the KPI attainment was below 0.7 in at least two of
     * the last three periods, CONTRADICTED when it was above 1.0 in at least two of them, else INCONCLUSIVE.
     */
    KPI_TARGETS_UNREASONABLE,
    /**
     * "The targets are easily exceeded": the modal choice {@value LibraryMeasures#EXCEEDED} on
     * {@value LibraryMeasures#KPI_REACHABILITY}. The mirror image: CORROBORATED above 1.0 in at least two of the last
     * three periods, CONTRADICTED below 0.7 in at least two.
     */
    KPI_TARGETS_EASY,
    /**
     * "Qualitative indicators are not really measured": a NEGATIVE majority stance on
     * {@value LibraryMeasures#QUALITATIVE_MEASUREMENT} or {@value LibraryMeasures#QUALITATIVE_ROLE}. Over the records of
     * the last three periods: CONTRADICTED when a QUALITATIVE record has an actual value, CORROBORATED when there are
     * records but no QUALITATIVE one with an actual value, INCONCLUSIVE without records.
     */
    QUALITATIVE_NOT_MEASURED
}
