package org.yikatong.notification.application;

import java.util.Set;
import org.yikatong.notification.domain.Channel;

/**
 * A contact's fields as given (blank means none).
 *
 * @param channels the channels the recipient is told through; each needs its address
 */
public record NewContact(
    String displayName, String email, String mobile, String wechatOpenId, Set<Channel> channels) {}
