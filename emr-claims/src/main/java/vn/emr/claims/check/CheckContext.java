package vn.emr.claims.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.emr.claims.money.BaseSalary;

/** What a rule may consult besides the episode: the catalogues, the dated base salary, the tolerance, today. */
record CheckContext(ClaimsCatalogues catalogues, BaseSalary baseSalary, BigDecimal tolerance, LocalDate today) {
}
