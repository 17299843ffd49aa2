"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.keypair
"""

from scp_virtualserver.v1_0.models.keypair import Keypair as Keypair
