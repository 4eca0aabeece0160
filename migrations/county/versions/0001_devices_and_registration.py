"""initial schema: devices, registration codes, failures

Revision ID: 0001
Revises:
Create Date: 2026-11-28 22:25:53.875043
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("village_code", sa.String(length=12), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(county_code) = 6", name=op.f("ck_devices_county_code_length")),
        sa.CheckConstraint("length(village_code) = 12", name=op.f("ck_devices_village_code_length")),
        sa.CheckConstraint("substr(village_code, 1, 6) = county_code", name=op.f("ck_devices_village_in_county")),
        sa.PrimaryKeyConstraint("county_code", "village_code", "device_id", name=op.f("pk_devices")),
    )
    op.create_index("ix_devices_device_id", "devices", ["device_id"], unique=True)
    op.create_index("ix_devices_token_hash", "devices", ["token_hash"], unique=True)

    op.create_table(
        "registration_failures",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("remote", sa.String(length=100), nullable=False),
        sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_failures")),
    )
    op.create_index(
        "ix_registration_failures_remote_attempted_at",
        "registration_failures",
        ["remote", "attempted_at"],
        unique=False,
    )

    op.create_table(
        "registration_codes",
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("village_code", sa.String(length=12), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("length(county_code) = 6", name=op.f("ck_registration_codes_county_code_length")),
        sa.CheckConstraint("length(village_code) = 12", name=op.f("ck_registration_codes_village_code_length")),
        sa.CheckConstraint(
            "substr(village_code, 1, 6) = county_code", name=op.f("ck_registration_codes_village_in_county")
        ),
        sa.ForeignKeyConstraint(
            ["county_code", "village_code", "device_id"],
            ["devices.county_code", "devices.village_code", "devices.device_id"],
            name="fk_registration_codes_device_devices",
        ),
        sa.PrimaryKeyConstraint("county_code", "village_code", "code_hash", name=op.f("pk_registration_codes")),
    )
    op.create_index("ix_registration_codes_code_hash", "registration_codes", ["code_hash"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_registration_codes_code_hash", table_name="registration_codes")

    op.drop_table("registration_codes")
    op.drop_index("ix_registration_failures_remote_attempted_at", table_name="registration_failures")

    op.drop_table("registration_failures")
    op.drop_index("ix_devices_token_hash", table_name="devices")
    op.drop_index("ix_devices_device_id", table_name="devices")

    op.drop_table("devices")
