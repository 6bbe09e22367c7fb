package bcf.platform.web;

import org.springframework.http.MediaType;

/** Media types the API answers with that Spring does not name. */
public final class MediaTypes {

  public static final MediaType SVG = MediaType.valueOf("image/svg+xml");

  private MediaTypes() {}
}
