package org.yikatong.servicedesk.domain.asset;

/** What kind of device or machine an asset is: the module responsibility is drawn by. */
public enum AssetType {
  TERMINAL,
  READER,
  KIOSK,
  GATEWAY,
  SERVER
}
