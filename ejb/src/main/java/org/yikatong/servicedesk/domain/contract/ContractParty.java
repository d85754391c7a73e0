package org.yikatong.servicedesk.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;

/** A party of a service contract: the organisation and whom of it to call. */
@Entity
@Table(name = "contract_party")
public class ContractParty {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_party_seq")
  @SequenceGenerator(
      name = "contract_party_seq",
      sequenceName = "contract_party_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false, updatable = false)
  private ServiceContract contract;

  @Enumerated(EnumType.STRING)
  @Column(name = "party", nullable = false, updatable = false, length = 24)
  private ResponsibleParty party;

  @Column(name = "organisation", nullable = false, length = 100)
  private String organisation;

  @Column(name = "contact_name", length = 100)
  private String contactName;

  @Column(name = "contact_phone", length = 40)
  private String contactPhone;

  @Column(name = "contact_email", length = 200)
  private String contactEmail;

  protected ContractParty() {}

  ContractParty(ServiceContract contract, ResponsibleParty party) {
    this.contract = contract;
    this.party = Objects.requireNonNull(party, "party");
  }

  /** Changes the organisation and its contact. */
  public void change(String organisation, String contactName, String phone, String email) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.contactName = contactName;
    this.contactPhone = phone;
    this.contactEmail = email;
  }

  /** "organisation (contact, phone)", as a ticket names whom it was handed to. */
  public String describe() {
    StringBuilder s = new StringBuilder(organisation);
    String contact =
        java.util.stream.Stream.of(contactName, contactPhone)
            .filter(v -> v != null && !v.isBlank())
            .collect(java.util.stream.Collectors.joining(", "));
    if (!contact.isEmpty()) {
      s.append(" (").append(contact).append(')');
    }
    return s.toString();
  }

  public Long getId() {
    return id;
  }

  public ServiceContract getContract() {
    return contract;
  }

  public ResponsibleParty getParty() {
    return party;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }
}
