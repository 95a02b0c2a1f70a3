//! Thunderbird: the facts of `docs/knowledge/thunderbird.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED, CHECKED_FACTS2};

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "T1",
        about: "ESR release dates: 115.0 2023-07-11, 128.0 2024-07-11, 140.0 2025-07-07, 153.0 2026-07-22",
        status: Status::Confirmed {
            source: "thunderbird-notes `esr/115.0.yml`, `esr/128.0esr.yml`, `esr/140.0esr.yml`, `esr/153.0esr.yml` `release_date`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "T2",
        about: "Monthly release dates from 140.0 (2025-07-02) to 154.0 (2026-08-18)",
        status: Status::Confirmed {
            source: "thunderbird-notes `release/*.yml`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "T3",
        about: "TLS through NSS as Firefox (1.2 from 27, 1.3 from 63)",
        status: Status::Unconfirmed {
            why: "no Mozilla source for Thunderbird's defaults at 27 and 63 stored here: thunderbird-notes has no TLS-default note before 78.0 (T4); Mozilla's security blog (2018-08-13) speaks of Firefox only (final TLS 1.3 expected in Firefox 63); the Firefox 27 change only in third-party reports (ghacks 2014-01-10); mozilla-central's pref history not available — searched 2026-12-08 (branch `facts3`): comm-central never sets `security.tls.version.*` (`git log -S` on `all-thunderbird.js`, `mailnews.js`), so Thunderbird takes Gecko's default, but Gecko's pref history is not in the index (no mozilla/gecko-dev; forks pinned at one version, third-party pref diffs); pages corpus: ghacks.net and kb.mozillazine.org only",
        },
        labels: &[],
    },
    Fact {
        id: "T4",
        about: "78.0 (2020-07-17): TLS 1.0 and 1.1 disabled (bug 1606733) — a TLS-1.0/1.1-only server fails from 78",
        status: Status::Confirmed {
            source: "thunderbird-notes `archive/78.0.yml` (`release_date: 2020-07-17`; note \"TLS 1.0 and 1.1 disabled\", tag changed, bug 1606733); also `archive/73.0beta.yml`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H1",
        about: "The new account-setup flow is named Account Hub (アカウントハブ)",
        status: Status::Confirmed {
            source: "l10n `ja/mail/messenger/accountcreation/accountHub.ftl#account-hub-title`; en-US same path",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H2",
        about: "140.0 and 140.0esr: the Account Hub is on by default for the second email account",
        status: Status::Confirmed {
            source: "thunderbird-notes `release/140.0.yml`, `esr/140.0esr.yml`; comm-central `mail/app/profile/all-thunderbird.js`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H3",
        about: "140.4.0esr: the Account Hub is off again by default for the second account",
        status: Status::Confirmed {
            source: "thunderbird-notes `esr/140.4.0esr.yml`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H4",
        about: "145.0: the Account Hub gains manual configuration",
        status: Status::Confirmed {
            source: "thunderbird-notes `release/145.0.yml`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H5",
        about: "150.0: the Account Hub opens on the first run",
        status: Status::Confirmed {
            source: "thunderbird-notes `release/150.0.yml`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H6",
        about: "152.0: the classic wizard is removed; the Account Hub is the only flow",
        status: Status::Confirmed {
            source: "comm-central fe448f4947 (`version.txt` 152.0a1) — (release number inferred from the nightly version; no uplift seen)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H7",
        about: "153.0esr: ESR users meet the Account Hub",
        status: Status::Confirmed {
            source: "thunderbird-notes `esr/153.0esr.yml`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H8",
        about: "Which flow each version shows (derived from H2–H7)",
        status: Status::Confirmed {
            source: "derived from H2–H7",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H9",
        about: "Hub email screen: Add your email address, Full name, Email address, Continue",
        status: Status::Confirmed {
            source: "accountHub.ftl `account-hub-email-setup-header`, `account-hub-name-label`, `account-hub-email-label`, `account-hub-email-continue-button` — (labels as in HEAD; may differ before 154, see H14)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H10",
        about: "Hub result: settings found, protocol cards (Sync across devices / Download to device), Edit configuration",
        status: Status::Confirmed {
            source: "accountHub.ftl `account-hub-config-success-title`, `account-hub-protocol-imap`/`-pop3` (added eeaefaaaf2, 154.0a1), `account-hub-result-imap-description`, `…-pop-description`, `account-hub-edit-configuration`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H11",
        about: "Hub password screen: Enter your email account password, Remember password",
        status: Status::Confirmed {
            source: "accountHub.ftl `account-hub-email-enter-password`, `account-hub-remember-password`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H12",
        about: "Hub manual configuration: sections, fields, choices and buttons",
        status: Status::Confirmed {
            source: "accountHub.ftl keys `account-hub-email-manually-configure-button`, `account-hub-manually-configure-email-title`, `account-hub-manual-config-incoming-legend`, `…-outgoing-legend`, `account-hub-protocol-label`, `account-hub-result-hostname-label`, `account-hub-on-port-label`, `account-hub-ssl-label`, `account-hub-auth-label`, `account-hub-ssl-*-option`, `account-hub-same-username-checkbox`, `account-hub-email-retest-button`, `account-hub-advanced-setup-button`, `account-hub-email-finish-button`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H13",
        about: "Hub success: Account successfully added",
        status: Status::Confirmed {
            source: "accountHub.ftl `account-hub-email-account-added-title`, `account-hub-email-added-success`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H14",
        about: "Which hub strings each release shows: those the hub guide names are in 152, 153 and ESR 153 (en-US and ja); later ones from 153/154",
        status: Status::Confirmed {
            source: "comm-central `mail/locales/en-US/messenger/accountcreation/accountHub.ftl` (first commit of each key, `git log -S`, and `mail/config/version.txt` there) and thunderbird-l10n `ja/mail/messenger/accountcreation/accountHub.ftl` (first commit of each ja key) — release inferred from the nightly version as H6; ja counted as shipped when translated before the release date (per-build l10n changesets not checked)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "H15",
        about: "Hub errors: authentication failed, settings not found, insecure server warning",
        status: Status::Confirmed {
            source: "accountHub.ftl `account-hub-credentials-wrong`, `account-hub-find-settings-failed`, `account-hub-select-security-warning` — (decoder: `tb-setup-login`, `tb-setup-not-found`, `tb-insecure-warning`)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "W1",
        about: "Menu: New Account → Email up to 151; Add Account → Email from 152",
        status: Status::Confirmed {
            source: "l10n `ja/mail/messenger/appmenu.ftl#appmenu-new-account-panel` (「新しいアカウント」), `#appmenu-add-account-panel` (「アカウントを追加」), `#appmenu-new-email-account` (「メール」); en-US `appmenu.ftl`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "W2",
        about: "Classic wizard: title, fields and buttons",
        status: Status::Confirmed {
            source: "l10n `ja/mail/messenger/accountcreation/accountSetup.ftl` keys `account-setup-title`, `account-setup-name-label`, `account-setup-email-label`, `account-setup-password-label`, `account-setup-remember-password`, `account-setup-button-manual-config`, `…-continue`, `…-retest`, `…-done`, `account-setup-advanced-setup-button`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "W3",
        about: "Classic manual configuration: server sections, field labels, result and success texts",
        status: Status::Confirmed {
            source: "accountSetup.ftl `account-setup-incoming-server-legend`, `…-outgoing-server-legend`, `…-protocol-label`, `…-hostname-label`, `…-port-label`, `…-ssl-label`, `…-auth-label`, `…-username-label`, `account-setup-success-half-manual`, `account-setup-success-title`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "W4",
        about: "Classic wizard's insecure-connection warning",
        status: Status::Confirmed {
            source: "accountSetup.ftl `account-setup-insecure-title`, `account-setup-warning-cleartext`, `account-setup-insecure-server-checkbox`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S1",
        about: "Account Settings (menu and context item)",
        status: Status::Confirmed {
            source: "l10n `ja/mail/chrome/messenger/messenger.dtd#accountManagerCmd2.label`; `ja/mail/messenger/messenger.ftl#settings-context-open-account-settings-item2`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S2",
        about: "Incoming Server Settings labels, Security and Authentication",
        status: Status::Confirmed {
            source: "`ja/mail/chrome/messenger/am-server-top.dtd` (`serverSettings.label`, `serverType.label`, `serverName.label`, `port.label`, `userName.label`, `security.caption`, `connectionSecurity.label`, `connectionSecurityType-0/2/3.label`, `authMethod.label`)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S3",
        about: "Authentication method names",
        status: Status::Confirmed {
            source: "`ja/mail/chrome/messenger/messenger.properties#authPasswordCleartextViaSSL`, `#authPasswordEncrypted`, `#authPasswordCleartextInsecurely`, `#authNo`, `#authOAuth2`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S4",
        about: "Outgoing section: Outgoing Server (SMTP) up to 140 and in ESR 140, Outgoing Server from 141",
        status: Status::Confirmed {
            source: "comm-central 35cf5b365e (bug 1915214, 141.0a1); l10n `ja/mail/messenger/accountManager.ftl#outgoing-server-section-name`, `ja/mail/messenger/accountSettings.ftl#outgoing-server-name`/`#outgoing-server-edit`; old: `ja/mail/chrome/messenger/prefs.properties#prefPanel-smtp`, `am-main.dtd#smtpName.label`, `#smtpServerEdit.label`; ESR 140: thunderbird/thunderbird-l10n-source @246e12e7 `_data/comm-esr140.json` (the en-US ids comm-esr140 22b572f ships, written 2025-07-09, unchanged to 2026-07-01) has `prefPanel-smtp`, `smtpName.label`, `smtpServerEdit.label` and no `outgoing-server-section-name`, unlike `_data/comm-release.json` — (141 = first release whose nightly carried it)",
            checked: CHECKED_FACTS2,
        },
        labels: &[],
    },
    Fact {
        id: "S5",
        about: "Outgoing server edit dialog labels",
        status: Status::Confirmed {
            source: "`ja/mail/chrome/messenger/smtpEditOverlay.dtd` (`smtpEditTitle.label`, `serverDescription.label`, `serverName.label`, `serverPort.label`, `serverPortDefault.label`, `connectionSecurity.label`, `authMethod.label`, `userName.label`)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S6",
        about: "The outgoing list's encryption column values",
        status: Status::Confirmed {
            source: "`messenger.properties#smtpServer-ConnectionSecurityType-0..3`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S7",
        about: "Port label: ポート: on the account page, ポート番号: in the wizard, hub and SMTP dialog",
        status: Status::Confirmed {
            source: "S2, W3, S5",
            checked: CHECKED,
        },
        labels: &[],
    },
];
