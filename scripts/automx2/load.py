"""Fills an automx2 SQLite database with the settings of a Mail Setup Doctor profile, read from
the static autoconfig files `mail-doctor export --all --out DIR` writes (one per domain): one
automx2 provider per emailProvider, and each domain's servers with %EMAILDOMAIN% filled in
(automx2 has no host-name placeholder). automx2's own defaults are kept where the profile says
nothing automx2 can hold: `authentication` stays "plain" (automx2's name; its Apple generator
knows no other password value).

    load.py EXPORT_DIR DB_FILE
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import sqlalchemy as sq
from sqlalchemy import orm

from automx2.model import Base, Domain, Provider, Server

SOCKET = {"SSL": "SSL", "STARTTLS": "STARTTLS", "plain": "PLAIN"}
TYPE = {"imap": "imap", "pop3": "pop", "smtp": "smtp"}


def main(export_dir: str, db_file: str) -> None:
    engine = sq.create_engine(f"sqlite:///{db_file}")
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    providers = {}
    servers = {}
    with orm.Session(engine) as session:
        for path in sorted(Path(export_dir).glob("*/mail/config-v1.1.xml")):
            domain_name = path.parent.parent.name
            root = ET.parse(path).getroot()
            ep = root.find("emailProvider")
            pid = ep.get("id")
            if pid not in providers:
                provider = Provider(
                    name=ep.findtext("displayName"), short_name=ep.findtext("displayShortName")[:32]
                )
                session.add(provider)
                session.flush()
                providers[pid] = provider
            domain = Domain(name=domain_name, provider_id=providers[pid].id)
            session.add(domain)
            prio = 10
            for element in ep:
                if element.tag not in ("incomingServer", "outgoingServer"):
                    continue
                key = (
                    TYPE[element.get("type")],
                    element.findtext("hostname").replace("%EMAILDOMAIN%", domain_name),
                    int(element.findtext("port")),
                    SOCKET[element.findtext("socketType")],
                    element.findtext("username"),
                    prio,
                )
                prio += 10
                if key not in servers:
                    server = Server(
                        type=key[0], name=key[1], port=key[2], socket_type=key[3],
                        user_name=key[4], prio=key[5],
                    )
                    session.add(server)
                    servers[key] = server
                domain.servers.append(servers[key])
        session.commit()
    print(f"automx2 db: {len(providers)} providers, {len(servers)} servers")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
