package bcf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class KeptSessionReadingsTest {

  private final AtomicInteger reads = new AtomicInteger();
  private final Converter<byte[], Object> counting =
      bytes -> {
        reads.incrementAndGet();
        return new DeserializingConverter(getClass().getClassLoader()).convert(bytes);
      };
  private final KeptSessionReadings.Kept kept = new KeptSessionReadings.Kept(counting);

  private static byte[] bytes(Object value) {
    return new SerializingConverter().convert(value);
  }

  @Test
  void a_sign_in_is_read_once_and_each_reader_gets_its_own_context() {
    byte[] stored =
        bytes(
            new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("lead", null, List.of())));
    SecurityContext first = (SecurityContext) kept.convert(stored);
    first.setAuthentication(null);
    SecurityContext second = (SecurityContext) kept.convert(stored.clone());
    assertThat(second).isNotSameAs(first);
    assertThat(second.getAuthentication().getName()).isEqualTo("lead");
    assertThat(reads).hasValue(1);
  }

  @Test
  void different_bytes_read_as_their_own_values() {
    Object lead = kept.convert(bytes(new DefaultCsrfToken("X-CSRF", "_csrf", "one")));
    Object other = kept.convert(bytes(new DefaultCsrfToken("X-CSRF", "_csrf", "two")));
    assertThat(((DefaultCsrfToken) lead).getToken()).isEqualTo("one");
    assertThat(((DefaultCsrfToken) other).getToken()).isEqualTo("two");
    assertThat(kept.convert(bytes(new DefaultCsrfToken("X-CSRF", "_csrf", "one")))).isSameAs(lead);
    assertThat(reads).hasValue(2);
  }

  @Test
  void a_value_that_could_be_changed_through_a_shared_reference_is_read_every_time() {
    ArrayList<String> list = new ArrayList<>(List.of("a"));
    byte[] stored = bytes(list);
    Object first = kept.convert(stored);
    Object second = kept.convert(stored);
    assertThat(second).isNotSameAs(first).isEqualTo(list);
    assertThat(reads).hasValue(2);
  }
}
