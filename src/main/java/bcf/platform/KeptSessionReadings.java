package bcf.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Reads a signed-in user's session attributes (who they are, their form token) once per stored
 * value instead of on every page: the store keeps them as Java-serialized bytes and read them again
 * for each request, a tenth of a signed-in page's processor time. The same bytes always read as the
 * same value, so the value is kept by its bytes; a changed attribute has new bytes.
 *
 * <p>Only values that cannot be changed through a shared reference are kept: form tokens and
 * strings as they are, and who is signed in as a new {@link SecurityContextImpl} for every reader
 * around the kept sign-in (a sign-out empties its own context, never another reader's). Anything
 * else is read from its bytes each time, as before. Bounded by entries; per instance.
 */
@Component
class KeptSessionReadings implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

  private static final int CAPACITY = 10_000;

  @Override
  public void customize(JdbcIndexedSessionRepository repository) {
    GenericConversionService conversion = new GenericConversionService();
    conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversion.addConverter(
        byte[].class,
        Object.class,
        new Kept(new DeserializingConverter(KeptSessionReadings.class.getClassLoader())));
    repository.setConversionService(conversion);
  }

  /** The stored bytes' value: kept when it is safe to share, otherwise read again. */
  static final class Kept implements Converter<byte[], Object> {

    private final Converter<byte[], Object> reader;
    private final Cache<ByteBuffer, Object> kept =
        Caffeine.newBuilder().maximumSize(CAPACITY).build();

    Kept(Converter<byte[], Object> reader) {
      this.reader = reader;
    }

    @Override
    public Object convert(byte[] bytes) {
      ByteBuffer key = ByteBuffer.wrap(bytes.clone());
      Object value = kept.getIfPresent(key);
      if (value == null) {
        value = reader.convert(bytes);
        if (!shareable(value)) {
          return value;
        }
        kept.put(key, value);
      }
      return value instanceof SecurityContext context
          ? new SecurityContextImpl(context.getAuthentication())
          : value;
    }

    private static boolean shareable(Object value) {
      return value instanceof String
          || value instanceof CsrfToken
          || (value != null && value.getClass() == SecurityContextImpl.class);
    }
  }
}
