"""the overall send rate shared by every dispatcher: send_rates

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

One row per platform with the database clock (epoch seconds) of the next free send slot, so that
DISPATCH_RATE_PER_SECOND is the bot's total across instances, as per-chat pacing already is.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('send_rates',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('next_slot', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('send_rates')
