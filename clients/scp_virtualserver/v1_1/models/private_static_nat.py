"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.private_static_nat
"""

from scp_virtualserver.v1_0.models.private_static_nat import PrivateStaticNat as PrivateStaticNat
