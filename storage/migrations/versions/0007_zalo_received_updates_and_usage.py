"""Zalo: received_updates (deduplication by message id) and platform_usage (monthly send counts)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

The Zalo Bot Platform can serve an update again on a later poll (and after a restart), and has no
offset to acknowledge one: handled message ids are kept so a repeat is skipped. Its free plan limits
messages per month: what is sent is counted per platform and month, with the warning level reached.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('received_updates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'message_id', name='uq_received_updates_platform_message')
    )
    with op.batch_alter_table('received_updates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_updates_received_at'), ['received_at'], unique=False)
    op.create_table('platform_usage',
    sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('month', sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
    sa.Column('sent', sa.Integer(), nullable=False),
    sa.Column('warned_level', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('platform', 'month')
    )


def downgrade() -> None:
    op.drop_table('platform_usage')
    with op.batch_alter_table('received_updates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_received_updates_received_at'))
    op.drop_table('received_updates')
