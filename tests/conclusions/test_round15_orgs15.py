"""Round 15, pages of the Front and mass organisations: a task left to "các cấp Hội" or "Hội" by whichever reader is the
page's organisation's; a motto ("Với khẩu hiệu …,") or what goes on ("bên cạnh việc …,") opens the body's plan; "Trước
mắt", "Sắp tới" open the work ahead as "Thời gian tới" does; "có sự theo dõi và giám sát" is one manner, no second
action; a speaker's "gợi mở, cần …" is a duty of the speech's addressee or the page's body. Text written for the test."""

from __future__ import annotations

from tests.conclusions.helpers import drafts, one, summaries, unit_keys


def test_levels_of_the_association_under_a_lead_in_are_the_page_organisation() -> None:
    women = """Chiều 5/4, Hội LHPN huyện Đông Sơn tổ chức hội nghị giao ban công tác Hội quý II.
Kết luận hội nghị, đồng chí Chủ tịch Hội LHPN huyện đề nghị các cấp Hội tập trung triển khai các hoạt động như: Tích cực \
nắm bắt tình hình tư tưởng của hội viên. Tổ chức tập luyện văn nghệ chào mừng ngày thành lập; hỗ trợ phụ nữ khởi nghiệp.
"""
    tasks = drafts(women)
    assert unit_keys(one(tasks, "nắm bắt tình hình tư tưởng")) == ["phu_nu"]
    assert unit_keys(one(tasks, "hỗ trợ phụ nữ khởi nghiệp")) == ["phu_nu"]
    farmers = """Sáng 12/6, Hội Nông dân xã Tân Lập tổ chức Đại hội đại biểu lần thứ X.
Đại hội có 90 đại biểu đại diện cho hội viên Hội Nông dân xã.
Phó Chủ tịch Hội Nông dân huyện lưu ý, Hội cần nâng cao chất lượng phong trào sản xuất giỏi; phát huy hiệu quả Quỹ Hỗ trợ \
nông dân trên địa bàn.
"""
    tasks = drafts(farmers)
    assert unit_keys(one(tasks, "nâng cao chất lượng phong trào")) == ["nong_dan"]
    assert unit_keys(one(tasks, "phát huy hiệu quả Quỹ")) == ["nong_dan"]


def test_levels_of_another_head_stay_as_written() -> None:
    # a Hội's levels on a page about a Đoàn: not the page's organisation, kept as written
    youth = """Sáng 2/3, Huyện đoàn Yên Định tổ chức hội nghị triển khai Tháng Thanh niên.
Huyện đoàn Yên Định phát động nhiều hoạt động tình nguyện trong tháng.
Đồng chí Bí thư Huyện đoàn đề nghị các cấp Hội tập trung triển khai các hoạt động như: vận động hội viên hiến máu tình nguyện.
"""
    assert all("phu_nu" not in unit_keys(t) and "doan_thanh_nien" not in unit_keys(t) for t in drafts(youth)
               if "hiến máu" in t.content)


def test_a_motto_opens_the_body_plan() -> None:
    youth = """Đoàn TNCS Hồ Chí Minh xã Hòa Bình tổ chức Đại hội đại biểu lần thứ I.
Nhiệm kỳ qua, Đoàn xã Hòa Bình đã hoàn thành 10/10 chỉ tiêu Đại hội đề ra.
Với khẩu hiệu hành động “Xung kích – Sáng tạo”, nhiệm kỳ 2025 – 2030, Đoàn xã Hòa Bình phấn đấu: 100% chi đoàn hoàn \
thành tốt nhiệm vụ; đảm nhận 8 công trình thanh niên; hỗ trợ ít nhất 3 dự án khởi nghiệp.
"""
    tasks = drafts(youth, None)
    assert unit_keys(one(tasks, "đảm nhận 8 công trình thanh niên")) == ["doan_thanh_nien"]
    assert unit_keys(one(tasks, "hỗ trợ ít nhất 3 dự án")) == ["doan_thanh_nien"]
    veterans = """Hội Cựu chiến binh huyện Nga Sơn tổ chức hội nghị tổng kết năm.
Với phương châm “Đoàn kết – Gương mẫu”, Hội Cựu chiến binh huyện sẽ tập trung xây dựng tổ chức Hội trong sạch, vững mạnh.
"""
    assert unit_keys(one(drafts(veterans), "xây dựng tổ chức Hội")) == ["cuu_chien_binh"]
    # the same motto before what was done: narrative, no task
    done = """Đoàn xã Hòa Bình tổ chức tổng kết công tác năm.
Với khẩu hiệu “Xung kích – Sáng tạo”, Đoàn xã Hòa Bình đã tổ chức 12 công trình thanh niên trong năm qua.
"""
    assert not any("12 công trình" in c for c, _, _ in summaries(done))


def test_what_goes_on_then_the_body_and_its_plan() -> None:
    union = """Công đoàn phường Tân Phú tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.
Công đoàn phường Tân Phú có 800 đoàn viên.
Nhiệm kỳ 2025 - 2030, bên cạnh việc tiếp tục chăm lo, bảo vệ quyền lợi của đoàn viên, CNVC-LĐ, Công đoàn phường Tân Phú \
sẽ chú trọng đổi mới các phong trào thi đua theo hướng thiết thực, có sự theo dõi và giám sát chặt chẽ.
"""
    tasks = drafts(union)
    task = one(tasks, "đổi mới các phong trào thi đua")
    assert unit_keys(task) == ["lien_doan_lao_dong"]
    assert "giám sát chặt chẽ" in task.content  # "có sự theo dõi và giám sát": how, no second action
    farmers = """Hội Nông dân xã An Hòa tổ chức hội nghị sơ kết 6 tháng.
Bên cạnh việc duy trì các tổ hội nghề nghiệp, Hội Nông dân xã An Hòa sẽ mở rộng mô hình liên kết sản xuất.
"""
    assert unit_keys(one(drafts(farmers), "mở rộng mô hình liên kết")) == ["nong_dan"]


def test_for_now_opens_the_work_ahead() -> None:
    union = """Liên đoàn Lao động tỉnh tổ chức hội nghị triển khai công tác Tết.
Trước mắt, Công đoàn các cấp chú trọng phối hợp chăm lo đời sống công nhân lao động trong dịp Tết cổ truyền.
"""
    assert unit_keys(one(drafts(union), "chăm lo đời sống công nhân")) == ["lien_doan_lao_dong"]
    farmers = """Hội Nông dân huyện tổ chức giao ban quý III.
Sắp tới, Hội Nông dân huyện tập trung hướng dẫn hội viên chuyển đổi cơ cấu cây trồng vụ đông.
"""
    assert unit_keys(one(drafts(farmers), "hướng dẫn hội viên chuyển đổi")) == ["nong_dan"]
    # what was done for now: a report, no task
    done = """Hội Nông dân huyện tổ chức giao ban quý III.
Trước mắt, Hội Nông dân huyện đã hướng dẫn 300 hội viên chuyển đổi cơ cấu cây trồng.
"""
    assert not any("300 hội viên" in c for c, _, _ in summaries(done))


def test_a_speaker_then_a_duty_naming_nobody() -> None:
    front = """Ngày 20/10, Ủy ban MTTQ Việt Nam phường Tân Định tổ chức Đại hội đại biểu lần thứ I.
Dự đại hội, đồng chí Trần Văn Bình, Bí thư Đảng ủy phường gợi mở, cần phát huy tốt vai trò của các tổ chức thành viên và \
đẩy mạnh các phong trào thi đua yêu nước trên địa bàn.
"""
    tasks = drafts(front)
    assert unit_keys(one(tasks, "phát huy tốt vai trò")) == ["mttq"]
    assert unit_keys(one(tasks, "đẩy mạnh các phong trào thi đua")) == ["mttq"]
    stressed = """Hội Cựu chiến binh xã Quảng Tân tổ chức Đại hội lần thứ VII.
Đồng chí Chủ tịch Hội Cựu chiến binh huyện nhấn mạnh, phải tiếp tục củng cố tổ chức Hội vững mạnh.
"""
    task = one(drafts(stressed), "củng cố tổ chức Hội")
    assert unit_keys(task) == ["cuu_chien_binh"]
    assert not task.content.startswith("Đồng chí")  # the speaker is no part of the duty
    # the speaker then what was done: no task
    done = """Ủy ban MTTQ Việt Nam phường Tân Định tổ chức hội nghị tổng kết.
Đồng chí Bí thư Đảng ủy phường gợi mở, thời gian qua Mặt trận phường đã vận động 2 tỷ đồng cho Quỹ Vì người nghèo.
"""
    assert not any("2 tỷ đồng" in c for c, _, _ in summaries(done))
