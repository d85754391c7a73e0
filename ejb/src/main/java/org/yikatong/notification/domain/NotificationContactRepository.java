package org.yikatong.notification.domain;

import java.util.List;
import java.util.Optional;

/** The contacts of recipients. */
public interface NotificationContactRepository {

  void add(NotificationContact contact);

  void remove(NotificationContact contact);

  /** Contacts by recipient key, at most {@code max}. */
  List<NotificationContact> list(int max);

  Optional<NotificationContact> findByRecipientKey(String recipientKey);

  /** The contact with this id, locked for update until the transaction ends. */
  Optional<NotificationContact> lock(long id);
}
