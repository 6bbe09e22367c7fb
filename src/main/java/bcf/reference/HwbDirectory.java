package bcf.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The HWBs and ICBs bcf knows: every HWB of England by ONS code (the five of the seed plans also by
 * their short ids, which plans and scopes use), and the NHS England regions they fall in.
 */
@Repository
public class HwbDirectory {

  /** An HWB: {@code id} is what plans and scopes name it by (its code, or a seed's short id). */
  public record HwbEntry(String code, String id, String name, String region, String onsRegion) {}

  /** An integrated care board. */
  public record IcbEntry(String code, String name, String region) {}

  private static final String HWB_COLUMNS =
      "select ons_code, id, name, region, ons_region from hwbs";

  private static final RowMapper<HwbEntry> HWB =
      (rs, n) ->
          new HwbEntry(
              rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));

  private final JdbcClient jdbc;

  public HwbDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** England's HWBs (those with an ONS code), by name. */
  public List<HwbEntry> hwbs() {
    return jdbc.sql(HWB_COLUMNS + " where ons_code is not null order by name").query(HWB).list();
  }

  /** The HWB with this ONS code or id (case does not matter), if bcf knows it. */
  public Optional<HwbEntry> hwb(String codeOrId) {
    if (codeOrId == null) {
      return Optional.empty();
    }
    String wanted = codeOrId.strip().toLowerCase(Locale.ROOT);
    return jdbc.sql(HWB_COLUMNS + " where lower(id) = :w or lower(ons_code) = :w")
        .param("w", wanted)
        .query(HWB)
        .optional();
  }

  /** England's integrated care boards, by name. */
  public List<IcbEntry> icbs() {
    return jdbc.sql("select ods_code, name, nhs_region from icbs order by name")
        .query((rs, n) -> new IcbEntry(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** The NHS England regions of the HWBs, as scopes name them. */
  public Set<String> regions() {
    return new TreeSet<>(
        jdbc.sql("select distinct region from hwbs where region is not null")
            .query(String.class)
            .list());
  }
}
