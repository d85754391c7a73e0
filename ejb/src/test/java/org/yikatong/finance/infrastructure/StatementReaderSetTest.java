package org.yikatong.finance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementReader;

class StatementReaderSetTest {

  @Test
  @DisplayName("every statement format has exactly one reader")
  void oneReaderPerFormat() {
    List<StatementReader> readers =
        List.of(
            new WeChatBillReader(),
            new AlipayBillReader(),
            new Camt053Reader(),
            new Camt054Reader(),
            new Mt940Reader());
    Set<StatementFormat> formats =
        readers.stream().map(StatementReader::format).collect(Collectors.toSet());
    assertEquals(Set.copyOf(Arrays.asList(StatementFormat.values())), formats);
    assertEquals(readers.size(), formats.size());
  }
}
