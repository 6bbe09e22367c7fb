package bcf.statistics.tools;

import bcf.kernel.Refusal;

/**
 * A parameter of a calculation that cannot be used: an option on the command line, a query
 * parameter of the API, a field of a web form. The message names the parameter as the caller wrote
 * it and says why.
 */
public final class ParameterException extends Refusal {

  public ParameterException(String message) {
    super(Kind.BAD_REQUEST, "bad-parameter", message);
  }
}
