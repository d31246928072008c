package io.tepai.core.field;

import io.tepai.api.field.ProgressStatus;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * R-SVC-2: a threshold is met by field days <em>or</em> by services, either suffices; a zero part is not a
 * criterion. Before the year is over a specialist is on track when they have done the share of the year elapsed on
 * either criterion, rounded down to whole half days and whole services (so nobody is behind on the first day).
 * The one place "either suffices" is decided: progress and the evaluation's performance of duties both ask here.
 */
public final class Threshold {

    private Threshold() {
    }

    static ProgressStatus status(ServiceThreshold threshold, BigDecimal days, int services, double share) {
        if (meets(threshold, days, services)) {
            return ProgressStatus.MET;
        }
        Scaled due = scaled(threshold, share);
        boolean onDays = threshold.minFieldDays().signum() > 0 && days.doubleValue() >= due.days();
        boolean onServices = threshold.minServices() > 0 && services >= due.services();
        return onDays || onServices ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
    }

    static String explain(ServiceThreshold threshold, BigDecimal days, int services, double share,
                          ProgressStatus status) {
        List<String> parts = new ArrayList<>();
        if (threshold.minFieldDays().signum() > 0) {
            parts.add(plain(days) + " of " + plain(threshold.minFieldDays()) + " field days");
        }
        if (threshold.minServices() > 0) {
            parts.add(services + " of " + threshold.minServices() + " services");
        }
        String done = String.join(" or ", parts);
        return switch (status) {
            case MET -> "met: " + done;
            case ON_TRACK, BEHIND -> done + "; " + Math.round(share * 100) + "% of the year elapsed, on track needs "
                    + needed(threshold, share, "days", "services", " or ") + (status == ProgressStatus.BEHIND ? " — behind" : "");
            default -> done;
        };
    }

    /**
     * The same as {@link #explain} in Chinese, e.g. "已确认服务 14.5 / 30 天或 5 / 12 次；本年度已过 50%，按进度应达 15.0 天或
     * 6 次，进度落后".
     */
    static String explainZh(ServiceThreshold threshold, BigDecimal days, int services, double share,
                            ProgressStatus status) {
        List<String> parts = new ArrayList<>();
        if (threshold.minFieldDays().signum() > 0) {
            parts.add(plain(days) + " / " + plain(threshold.minFieldDays()) + " 天");
        }
        if (threshold.minServices() > 0) {
            parts.add(services + " / " + threshold.minServices() + " 次");
        }
        String done = "已确认服务 " + String.join("或 ", parts);
        return switch (status) {
            case MET -> "已达标：" + done;
            case ON_TRACK, BEHIND -> done + "；本年度已过 " + Math.round(share * 100) + "%，按进度应达 "
                    + needed(threshold, share, "天", "次", "或 ") + (status == ProgressStatus.BEHIND ? "，进度落后" : "，进度正常");
            default -> done;
        };
    }

    /**
     * How far along the better of the two criteria someone is: 1 or more when the threshold is met, 0 for a
     * threshold that is {@link ServiceThreshold#none() none}.
     */
    public static double fulfilled(ServiceThreshold threshold, BigDecimal days, int services) {
        double byDays = threshold.minFieldDays().signum() > 0
                ? days.doubleValue() / threshold.minFieldDays().doubleValue() : 0;
        double byServices = threshold.minServices() > 0 ? (double) services / threshold.minServices() : 0;
        return Math.max(byDays, byServices);
    }

    private static boolean meets(ServiceThreshold threshold, BigDecimal days, int services) {
        return fulfilled(threshold, days, services) >= 1;
    }

    private record Scaled(double days, double services) {
    }

    /** What is due by now: the share of each criterion, down to whole half days and whole services. */
    private static Scaled scaled(ServiceThreshold threshold, double share) {
        return new Scaled(Math.floor(threshold.minFieldDays().doubleValue() * share * 2) / 2,
                Math.floor(threshold.minServices() * share));
    }

    /** What is due by now, in the words of one language: "27.5 days or 11 services", "27.5 天或 11 次". */
    private static String needed(ServiceThreshold threshold, double share, String days, String services, String or) {
        Scaled scaled = scaled(threshold, share);
        List<String> parts = new ArrayList<>();
        if (threshold.minFieldDays().signum() > 0) {
            parts.add(String.format(Locale.ROOT, "%.1f %s", scaled.days(), days));
        }
        if (threshold.minServices() > 0) {
            parts.add(String.format(Locale.ROOT, "%.0f %s", scaled.services(), services));
        }
        return String.join(or, parts);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
