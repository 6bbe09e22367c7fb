package bcf.access;

import bcf.kernel.Refusal;

/** Only a signed-in user may do this. */
public final class SignInRequired extends Refusal {

  public SignInRequired() {
    super(Kind.SIGN_IN_REQUIRED, "sign-in-required", "Sign in to do this.");
  }
}
