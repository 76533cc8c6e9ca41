# Independent reference values for tests/CapabilityAssessment.Tests/Scoring/Measurement (R 4.2, lavaan 0.6-14,
# psych 2.2.9, semTools 0.5-6, multilevel 2.7; Debian packages r-cran-*). Run: Rscript reference.R > reference_output.txt
suppressMessages({ library(lavaan); library(psych); library(semTools); library(multilevel) })
options(digits = 15)
out <- function(key, v) cat(key, paste(formatC(v, digits = 15, format = "g"), collapse = " "), "\n")
items <- paste0("i", 1:6)
model <- paste("f =~", paste(items, collapse = " + "))

for (set in c("one_factor", "two_factor")) {
  d <- read.csv(paste0(set, ".csv")); x <- d[, items]
  cat("##", set, "n =", nrow(x), "\n")
  # Two-step polychorics (Olsson 1979), thresholds from each item's available answers, rho from pairwise-complete cases.
  pc <- lavCor(x, ordered = items, missing = "pairwise", output = "fit")
  rho <- lavInspect(pc, "sampstat")$cov
  for (i in 1:6) out(paste0("rho.", items[i]), rho[i, ])
  th <- lavInspect(pc, "sampstat")$th
  out("thresholds", th)
  pp <- polychoric(x, correct = 0, global = TRUE)$rho     # psych, second opinion
  out("psych.max.abs.diff", max(abs(pp - rho)))
  # One-factor CFA on the polychorics, ULS, delta parameterisation, standard (unscaled) test.
  fit <- cfa(model, data = x, ordered = items, estimator = "ULS", missing = "pairwise", std.lv = TRUE)
  fm <- fitMeasures(fit, c("chisq", "df", "baseline.chisq", "baseline.df", "cfi", "tli", "rmsea",
                           "rmsea.ci.lower", "rmsea.ci.upper", "srmr", "fmin", "ntotal"))
  for (k in names(fm)) out(k, fm[[k]])
  lam <- lavInspect(fit, "std")$lambda[, 1]
  out("loadings", lam)
  res <- rho - lavInspect(fit, "implied")$cov
  out("max.abs.residual", max(abs(res[lower.tri(res)])))
  # Ordinal alpha (Zumbo, Gadermann & Zeisser 2007): alpha of the polychoric matrix; latent-response omega from loadings.
  out("ordinal.alpha", psych::alpha(rho, warnings = FALSE)$total$raw_alpha)
  out("omega.formula", sum(lam)^2 / (sum(lam)^2 + sum(1 - lam^2)))
  out("omega.semTools", compRelSEM(fit, obs.var = FALSE, ord.scale = FALSE))
  out("eigen", eigen(rho)$values)
  # Item-rest correlations of observed answers, covariances from pairwise-complete cases (psych r.drop).
  out("item.rest", psych::alpha(x, warnings = FALSE, use = "pairwise")$item.stats$r.drop)
  if (set == "one_factor") {
    # ICC(1), ICC(2) (Bliese 2000) of the respondent's mean of available answers, one-way ANOVA on firm.
    d$score <- rowMeans(x, na.rm = TRUE)
    a <- aov(score ~ as.factor(firm), data = d)
    out("icc1", ICC1(a)); out("icc2", ICC2(a))
    # rwg(j) (James, Demaree & Wolf 1984) per firm with at least 2 raters: each item's variance over the raters who
    # answered it (multilevel::rwg.j would drop incomplete raters), J = items with a variance. Uniform null (A = 5: 2.0)
    # and the slightly skewed null of LeBreton & Senter 2008, Table 2 (5 points: 1.34).
    rwgj <- function(Q, null) {
      v <- apply(Q, 2, var, na.rm = TRUE); v <- v[!is.na(v)]; J <- length(v); s <- min(mean(v), null)
      J * (1 - s / null) / (J * (1 - s / null) + s / null)
    }
    firms <- as.integer(names(which(table(d$firm) >= 2)))
    out("rwg.firms", firms)
    for (null in c(2.0, 1.34)) out(paste0("rwg.j.", null), sapply(firms, function(g) rwgj(x[d$firm == g, ], null)))
    ok <- complete.cases(x) & d$firm %in% firms   # the same formula through multilevel on complete raters
    ml <- rwg.j(x[ok, ], d$firm[ok], ranvar = 2.0); out("multilevel.rwg.j.firms", ml$grpid); out("multilevel.rwg.j.2", ml$rwg.j)
  }
}

# Invariance of one_factor.csv across two groups (odd and even firm numbers; lavaan takes the group met first, odd,
# as the reference): configural, metric (group.equal = loadings) and scalar (+ thresholds), ULS, standard test.
d <- read.csv("one_factor.csv"); d$g <- ifelse(d$firm %% 2 == 1, "odd", "even")
cat("## invariance one_factor\n")
for (eq in list(configural = character(0), metric = "loadings", scalar = c("loadings", "thresholds"))) {
  f <- cfa(model, d, ordered = items, estimator = "ULS", missing = "pairwise", group = "g", std.lv = TRUE,
           group.equal = if (length(eq) > 0) eq else "")
  level <- if (length(eq) == 0) "configural" else if (length(eq) == 1) "metric" else "scalar"
  out(level, fitMeasures(f, c("chisq", "df", "baseline.chisq", "baseline.df", "cfi", "tli", "rmsea", "rmsea.ci.lower",
                                "rmsea.ci.upper", "srmr")))
}

# Percentile bootstrap (1000 resamples of respondents, R's own RNG) of ordinal alpha and omega for one_factor.csv:
# a Monte Carlo reference, so the C# intervals (another RNG) agree only within Monte Carlo error.
x <- read.csv("one_factor.csv")[, items]
set.seed(1)
boot <- t(replicate(1000, {
  b <- x[sample(nrow(x), replace = TRUE), ]
  r <- lavInspect(lavCor(b, ordered = items, missing = "pairwise", output = "fit"), "sampstat")$cov
  l <- fa(r, nfactors = 1, fm = "minres", n.obs = nrow(b))$loadings[, 1]
  c(psych::alpha(r, warnings = FALSE)$total$raw_alpha, sum(l)^2 / (sum(l)^2 + sum(1 - l^2)))
}))
cat("## bootstrap one_factor\n")
out("alpha.ci", quantile(boot[, 1], c(.025, .975))); out("omega.ci", quantile(boot[, 2], c(.025, .975)))
