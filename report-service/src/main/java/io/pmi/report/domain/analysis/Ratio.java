package io.pmi.report.domain.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * An exact fraction. Every figure is computed exactly and rounded once, when it is reported (2 places, half even),
 * so that comparisons against thresholds never depend on rounding or on the order of a sum.
 */
final class Ratio implements Comparable<Ratio> {

    static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

    /** Decimal places of every reported figure. */
    static final int PLACES = 2;

    private static final MathContext ROOTS = MathContext.DECIMAL128;

    private final BigInteger num;
    private final BigInteger den;

    private Ratio(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger gcd = num.gcd(den);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            num = num.divide(gcd);
            den = den.divide(gcd);
        }
        this.num = num;
        this.den = den;
    }

    static Ratio of(long value) {
        return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    static Ratio of(long num, long den) {
        return new Ratio(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    static Ratio of(BigDecimal value) {
        return value.scale() >= 0
                ? new Ratio(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                : new Ratio(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
    }

    static Ratio of(double value) {
        return of(BigDecimal.valueOf(value));
    }

    /** The mean of a non-empty collection. */
    static Ratio mean(Collection<Ratio> values) {
        Ratio sum = ZERO;
        for (Ratio value : values) {
            sum = sum.plus(value);
        }
        return sum.dividedBy(values.size());
    }

    /** The population standard deviation of a non-empty collection, to {@link #PLACES} places. */
    static BigDecimal standardDeviation(Collection<Ratio> values) {
        Ratio mean = mean(values);
        Ratio squares = ZERO;
        for (Ratio value : values) {
            Ratio d = value.minus(mean);
            squares = squares.plus(d.times(d));
        }
        Ratio variance = squares.dividedBy(values.size());
        return variance.decimal(ROOTS).sqrt(ROOTS).setScale(PLACES, RoundingMode.HALF_EVEN);
    }

    /** Burke and Dunlap's average deviation from the mean: the mean of |x - mean|. */
    static Ratio averageDeviation(Collection<Ratio> values) {
        Ratio mean = mean(values);
        Ratio sum = ZERO;
        for (Ratio value : values) {
            sum = sum.plus(value.minus(mean).abs());
        }
        return sum.dividedBy(values.size());
    }

    Ratio plus(Ratio other) {
        return new Ratio(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
    }

    Ratio minus(Ratio other) {
        return plus(other.negate());
    }

    Ratio times(Ratio other) {
        return new Ratio(num.multiply(other.num), den.multiply(other.den));
    }

    Ratio dividedBy(long divisor) {
        return new Ratio(num, den.multiply(BigInteger.valueOf(divisor)));
    }

    Ratio negate() {
        return new Ratio(num.negate(), den);
    }

    Ratio abs() {
        return num.signum() < 0 ? negate() : this;
    }

    int signum() {
        return num.signum();
    }

    /** The value as reported: {@link #PLACES} places, half even. */
    BigDecimal rounded() {
        return new BigDecimal(num).divide(new BigDecimal(den), PLACES, RoundingMode.HALF_EVEN);
    }

    private BigDecimal decimal(MathContext context) {
        return new BigDecimal(num).divide(new BigDecimal(den), context);
    }

    @Override
    public int compareTo(Ratio other) {
        return num.multiply(other.den).compareTo(other.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return num + "/" + den;
    }
}
