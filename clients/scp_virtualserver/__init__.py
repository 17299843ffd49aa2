"""scp_virtualserver: a typed SDK for the Samsung Cloud Platform Virtual Server API."""
