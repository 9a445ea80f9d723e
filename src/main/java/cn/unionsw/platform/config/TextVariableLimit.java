package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * Camunda keeps a string variable in a column of 4000 characters ({@code TEXT_}, at runtime and in history); a
 * longer one fails when the command flushes, as a database error and a 500, without saying which variable. This
 * refuses it when it is set, naming it, whichever door it came through (engine REST, Tasklist, a delegate): a
 * refusal rolls the command back, so nothing is written.
 *
 * <p>It is Camunda's own string serializer with a check in front, registered before the built-in one; the
 * built-in one, under the same name, still reads what is stored.
 */
@Component
class TextVariableLimit extends AbstractProcessEnginePlugin {

  /** {@code ACT_RU_VARIABLE.TEXT_} and {@code ACT_HI_VARINST.TEXT_}: varchar(4000) on H2 and MySQL. */
  static final int MAX_TEXT = 4000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreVariableSerializers() == null) {
      configuration.setCustomPreVariableSerializers(new ArrayList<>());
    }
    configuration.getCustomPreVariableSerializers().add(new CheckedStringSerializer());
  }

  static final class CheckedStringSerializer extends StringValueSerializer {

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      String text = value.getValue();
      // Java's count, in which a 4-byte character is two: H2 counts so, MySQL counts it as one; the stricter holds.
      if (text != null && text.length() > MAX_TEXT) {
        throw Refusal.invalid(fields.getName(), "文本最多 " + MAX_TEXT + " 个字符，收到 " + text.length()
            + " 个 (text too long)");
      }
      super.writeValue(value, fields);
    }
  }
}
