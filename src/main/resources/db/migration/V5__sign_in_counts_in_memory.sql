-- Sign-in failures are counted in memory by the throttle (bcf.platform.security.SignInThrottle):
-- no database row per anonymous guess.
drop table login_failures;
