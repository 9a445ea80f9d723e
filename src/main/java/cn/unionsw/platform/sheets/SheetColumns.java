package cn.unionsw.platform.sheets;

import cn.unionsw.platform.web.Refusal.RowError;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a sheet found by their headers in row 1, in any order (other columns are left alone): each column
 * an enum constant with its header, the field its cells fill and whether it is required. A header row with a
 * column missing or repeated is refused, naming each such column.
 */
public final class SheetColumns<E extends Enum<E>> {

  private final Class<E> type;
  private final Function<E, String> header;
  private final Function<E, String> field;
  private final Function<E, Boolean> required;

  public SheetColumns(Class<E> type, Function<E, String> header, Function<E, String> field,
      Function<E, Boolean> required) {
    this.type = type;
    this.header = header;
    this.field = field;
    this.required = required;
  }

  /** Every header, in the enum's order: what a refusal says row 1 must hold. */
  public String headers() {
    return Arrays.stream(type.getEnumConstants()).map(header).collect(Collectors.joining("、"));
  }

  /** Each column's index in {@code cells} (row 1's), or a refusal naming every missing or repeated column. */
  public Map<E, Integer> find(List<String> cells) {
    Map<E, Integer> columns = new EnumMap<>(type);
    RowErrors errors = new RowErrors();
    for (int i = 0; i < cells.size(); i++) {
      E column = named(cells.get(i));
      if (column == null) {
        continue;
      }
      Integer earlier = columns.putIfAbsent(column, i);
      if (earlier != null) {
        errors.add(new RowError(1, field.apply(column), "表头「" + header.apply(column) + "」出现两次：第 "
            + SheetRows.letter(earlier) + " 列和第 " + SheetRows.letter(i) + " 列"));
      }
    }
    for (E column : type.getEnumConstants()) {
      if (required.apply(column) && !columns.containsKey(column)) {
        errors.add(new RowError(1, field.apply(column), "缺少必填列「" + header.apply(column) + "」（第 1 行须为表头："
            + headers() + "，顺序不限）"));
      }
    }
    errors.refuseIfAny();
    return columns;
  }

  /** The column a header cell names ({@link SheetRows#headerName}), or null. */
  public E named(String cell) {
    String name = SheetRows.headerName(cell);
    return Arrays.stream(type.getEnumConstants()).filter(c -> header.apply(c).equals(name)).findFirst()
        .orElse(null);
  }
}
