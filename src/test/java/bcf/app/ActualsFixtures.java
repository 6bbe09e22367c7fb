package bcf.app;

/** Files of actuals for the Warwickshire 2017-19 seed plan, shared by the metrics tests. */
public final class ActualsFixtures {

  private ActualsFixtures() {}

  /**
   * 14 months of delayed transfers, two years of admissions, a quarter of admissions to hospital.
   */
  public static String goodCsv() {
    StringBuilder csv = new StringBuilder("hwb,metric,period,numerator,denominator\n");
    int[] delayedDays = {
      2480, 2300, 2100, 1900, 1700, 1500, 1400, 1300, 1350, 1250, 1300, 1240, 1280, 1260
    };
    for (int i = 0; i < delayedDays.length; i++) {
      java.time.YearMonth month = java.time.YearMonth.of(2017, 4).plusMonths(i);
      csv.append("warwickshire,delayed-transfers,")
          .append(month)
          .append(',')
          .append(delayedDays[i])
          .append(',')
          .append(month.lengthOfMonth())
          .append('\n');
    }
    csv.append("warwickshire,permanent-admissions-65,2017-18,520,104380\n");
    csv.append("warwickshire,permanent-admissions-65,2018-19,400,106000\n");
    csv.append("warwickshire,non-elective-admissions,2017-18 Q1,12800,\n");
    csv.append("warwickshire,non-elective-admissions,2018-19 Q1,13100,\n");
    return csv.toString();
  }
}
