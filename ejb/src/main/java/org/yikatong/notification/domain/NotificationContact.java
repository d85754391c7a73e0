package org.yikatong.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a recipient is reached: a staff user name or a card holder number (the recipient key), with
 * a mail address, a mobile number and a WeChat openid, each optional, and the channels the
 * recipient wants to be told through (at least one). An address is checked for its form when set.
 */
@Entity
@Table(name = "notification_contact")
public class NotificationContact {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern MOBILE = Pattern.compile("\\+?[0-9]{6,20}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_contact_seq")
  @SequenceGenerator(
      name = "notification_contact_seq",
      sequenceName = "notification_contact_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "recipient_key", nullable = false, updatable = false, length = 64)
  private String recipientKey;

  @Column(name = "display_name", length = 100)
  private String displayName;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "mobile", length = 20)
  private String mobile;

  @Column(name = "wechat_openid", length = 64)
  private String wechatOpenId;

  /** Comma-separated channel names, in enum order. */
  @Column(name = "channels", nullable = false, length = 40)
  private String channels;

  @Version private long version;

  protected NotificationContact() {}

  public NotificationContact(String recipientKey) {
    if (recipientKey == null || recipientKey.isBlank() || recipientKey.length() > 64) {
      throw new IllegalArgumentException("A recipient key has 1 to 64 characters");
    }
    this.recipientKey = recipientKey;
    this.channels = Channel.MAIL.name();
  }

  /**
   * Sets every field at once (blank means none).
   *
   * @throws IllegalArgumentException a malformed address, no channel, or a preferred channel
   *     without its address
   */
  public void update(
      String displayName,
      String email,
      String mobile,
      String wechatOpenId,
      Collection<Channel> preferred) {
    String e = blankToNull(email);
    String m = blankToNull(mobile);
    String w = blankToNull(wechatOpenId);
    if (e != null && (e.length() > 200 || !EMAIL.matcher(e).matches())) {
      throw new IllegalArgumentException("Not a mail address: " + e);
    }
    if (m != null && !MOBILE.matcher(m).matches()) {
      throw new IllegalArgumentException("Not a mobile number: " + m);
    }
    if (w != null && w.length() > 64) {
      throw new IllegalArgumentException("A WeChat openid has at most 64 characters");
    }
    if (preferred == null || preferred.isEmpty()) {
      throw new IllegalArgumentException("At least one channel: MAIL, WECHAT or SMS");
    }
    Set<Channel> set = EnumSet.copyOf(preferred);
    String d = blankToNull(displayName);
    if (d != null && d.length() > 100) {
      throw new IllegalArgumentException("A display name has at most 100 characters");
    }
    this.displayName = d;
    this.email = e;
    this.mobile = m;
    this.wechatOpenId = w;
    for (Channel c : set) {
      if (addressFor(c).isEmpty()) {
        throw new IllegalArgumentException(c + " is preferred but no address for it is given");
      }
    }
    this.channels = set.stream().map(Channel::name).collect(Collectors.joining(","));
  }

  /** The address for a channel, if the recipient has one. */
  public Optional<String> addressFor(Channel channel) {
    return Optional.ofNullable(
        switch (channel) {
          case MAIL -> email;
          case WECHAT -> wechatOpenId;
          case SMS -> mobile;
        });
  }

  /** The channels the recipient is told through, in enum order. */
  public Set<Channel> getChannels() {
    Set<Channel> set = EnumSet.noneOf(Channel.class);
    Arrays.stream(channels.split(","))
        .filter(s -> !s.isBlank())
        .map(Channel::valueOf)
        .forEach(set::add);
    return set;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public String getRecipientKey() {
    return recipientKey;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getMobile() {
    return mobile;
  }

  public String getWechatOpenId() {
    return wechatOpenId;
  }

  @Override
  public String toString() {
    return "NotificationContact[" + Objects.toString(recipientKey) + "]";
  }
}
