# Fixed test data for the measurement tests (run once; the CSVs are kept, so tests never need R).
# Rscript make_data.R  ->  one_factor.csv, two_factor.csv
set.seed(20261206)
cut5 <- function(z, tau) findInterval(z, tau) + 1L   # 5 ordered categories from 4 thresholds
tau <- c(-1.6, -0.6, 0.3, 1.2)

# one_factor.csv: 300 respondents in 80 firms (1-6 raters), 6 five-point items on one factor,
# loadings .8 .7 .75 .6 .5 .65, a firm effect on the factor (ICC about .2), 4% of answers missing at random.
n <- 300; lambda <- c(.8, .7, .75, .6, .5, .65)
firm <- sort(sample(1:80, n, replace = TRUE)); firm <- match(firm, unique(firm))
u <- rnorm(max(firm), sd = sqrt(.2)); eta <- u[firm] + rnorm(n, sd = sqrt(.8))
x <- sapply(seq_along(lambda), function(i) cut5(lambda[i] * eta + rnorm(n, sd = sqrt(1 - lambda[i]^2)), tau))
x[matrix(runif(length(x)) < .04, n)] <- NA
colnames(x) <- paste0("i", 1:6)
write.csv(data.frame(firm = firm, x), "one_factor.csv", row.names = FALSE, na = "")

# two_factor.csv: 400 respondents, items 1-3 on factor A and 4-6 on factor B (loadings .75), factors correlated .2.
n <- 400
f <- MASS::mvrnorm(n, c(0, 0), matrix(c(1, .2, .2, 1), 2))
y <- sapply(1:6, function(i) cut5(.75 * f[, if (i <= 3) 1 else 2] + rnorm(n, sd = sqrt(1 - .75^2)), tau))
colnames(y) <- paste0("i", 1:6)
write.csv(data.frame(y), "two_factor.csv", row.names = FALSE)
