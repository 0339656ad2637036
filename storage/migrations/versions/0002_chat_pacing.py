"""chat pacing shared by every dispatcher: chats.pace_until

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

The database clock (epoch seconds, double precision) before which a chat may not be sent to, so
that the 1 message/s per private chat and 20/min per group limits hold across dispatcher instances.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('chats', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pace_until', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('chats', schema=None) as batch_op:
        batch_op.drop_column('pace_until')
