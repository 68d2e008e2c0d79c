package kz.ecase.platform;

/** Thrown while the application starts when its configuration is unsafe for the active profile. */
public class StartupRefusedException extends RuntimeException {

  public StartupRefusedException(String reason) {
    super(reason);
  }
}
