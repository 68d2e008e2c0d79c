package kz.ecase.offences;

import java.util.Set;

/**
 * A photo taken as evidence for a protocol, as uploaded: stored by its SHA-256 when the protocol is
 * registered.
 *
 * @param mediaType {@code image/jpeg}, {@code image/png}, {@code image/webp} or {@code image/heic}
 */
public record EvidencePhoto(String mediaType, byte[] bytes) {

  public static final Set<String> MEDIA_TYPES =
      Set.of("image/jpeg", "image/png", "image/webp", "image/heic");

  public EvidencePhoto {
    if (!MEDIA_TYPES.contains(mediaType)) {
      throw new IllegalArgumentException("not a photo: " + mediaType);
    }
    if (bytes == null || bytes.length == 0) {
      throw new IllegalArgumentException("an empty photo");
    }
  }
}
