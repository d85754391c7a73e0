package org.yikatong.emergency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A terminal in an emergency's scope and the commands queued for it: the notice and the mode at the
 * declaration, the cleared notice and MODE NORMAL at the end (ids of the terminal area's commands).
 */
@Embeddable
public class SwitchedTerminal {

  @Column(name = "terminal_code", nullable = false, length = 8)
  private String terminalCode;

  @Column(name = "terminal_type", nullable = false, length = 16)
  private String type;

  @Column(name = "location", nullable = false, length = 300)
  private String location;

  @Column(name = "notice_cmd_id")
  private Long noticeCommandId;

  @Column(name = "mode_cmd_id")
  private Long modeCommandId;

  @Column(name = "clear_cmd_id")
  private Long clearCommandId;

  @Column(name = "normal_cmd_id")
  private Long normalCommandId;

  protected SwitchedTerminal() {}

  public SwitchedTerminal(String terminalCode, String type, String location) {
    this.terminalCode = Objects.requireNonNull(terminalCode, "terminalCode");
    this.type = Objects.requireNonNull(type, "type");
    this.location = Objects.requireNonNull(location, "location");
  }

  /** The notice and the mode were queued for the terminal. */
  public void switched(long noticeCommandId, long modeCommandId) {
    this.noticeCommandId = noticeCommandId;
    this.modeCommandId = modeCommandId;
  }

  /** The cleared notice and MODE NORMAL were queued for the terminal. */
  public void restored(long clearCommandId, long normalCommandId) {
    this.clearCommandId = clearCommandId;
    this.normalCommandId = normalCommandId;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public String getType() {
    return type;
  }

  public String getLocation() {
    return location;
  }

  public Long getNoticeCommandId() {
    return noticeCommandId;
  }

  public Long getModeCommandId() {
    return modeCommandId;
  }

  public Long getClearCommandId() {
    return clearCommandId;
  }

  public Long getNormalCommandId() {
    return normalCommandId;
  }
}
