"""Round 13, precision on real pages: words wrongly taken as tasks. A linking word or two words of a name left where the
page is cut, the topics listed after "tuyên truyền về …", what an action stresses ("nhất là …", "chú trọng vào …"),
a verb made a noun by "của", examples after "như:", those led or guided before what they do, the qualities of a
spirit, a place named "Giao …", an appeal to the public, a numbered label, what was done told in the past, the items
a meeting discussed, and a photo caption. Text written for the test."""

from __future__ import annotations

from conclusions import extract
from conclusions.actions import _comma_parts, _cut_name
from conclusions.extract import _NOT_WORK


def _contents(text: str) -> list[str]:
    return [t.content for t in extract(text).tasks]


def _has(contents: list[str], words: str) -> bool:
    return any(words in c for c in contents)


def test_a_page_cut_after_a_linking_word_leaves_no_task() -> None:
    text = ("Kết luận giao ban, đồng chí Chủ tịch HĐND xã đề nghị các ban HĐND xã tập trung nghiên cứu, thẩm tra các báo "
            "cáo sẽ trình tại kỳ họp thứ 8; tổ chức giám sát việc giải quyết kiến nghị của cử tri; đồng thời ")
    contents = _contents(text)
    assert _has(contents, "tổ chức giám sát"), contents
    assert not any(c.strip().lower() == "đồng thời" for c in contents), contents


def test_a_linking_word_before_its_action_stays_with_it() -> None:
    text = ("Đồng chí Bí thư Đảng ủy xã đề nghị Hội Nông dân xã rà soát danh sách hội viên; đồng thời tổ chức tập huấn "
            "kỹ thuật chăn nuôi cho hội viên.")
    assert _has(_contents(text), "tổ chức tập huấn"), _contents(text)


def test_two_words_of_a_name_where_the_page_is_cut_are_no_action() -> None:
    assert _cut_name("Chỉ thị s")
    assert _cut_name("Nghị quyết s")
    assert not _cut_name("tổ chức h")  # a verb: the action is there, cut in its object
    assert not _cut_name("các hoạt động chăm sóc nghĩa trang l")


def test_topics_listed_after_spreading_the_word_about_are_one_task() -> None:
    text = ("Phát biểu chỉ đạo, đồng chí Phó Bí thư Huyện ủy đề nghị Ủy ban MTTQ huyện đẩy mạnh tuyên truyền sâu rộng về "
            "đại hội chi bộ các thôn, tiến tới Đại hội Đảng bộ xã; Ngày hội Đại đoàn kết toàn dân tộc các khu dân cư; "
            "bầu cử trưởng thôn nhiệm kỳ mới; Chỉ thị s")
    contents = _contents(text)
    assert len(contents) == 1, contents
    assert "Ngày hội Đại đoàn kết" in contents[0]


def test_a_further_work_named_after_carrying_out_stays_its_own() -> None:
    # not after "về": "triển khai việc A; Chương trình B, …" names a second work to carry out
    text = ("Đồng chí Chủ tịch UBND xã đề nghị Hội Phụ nữ xã triển khai thực hiện hiệu quả việc xây dựng mô hình "
            "gia đình 5 không 3 sạch; Chương trình giảm nghèo bền vững, bảo vệ môi trường, xây dựng ngõ xóm xanh.")
    contents = _contents(text)
    assert _has(contents, "Chương trình giảm nghèo"), contents
    assert len(contents) == 2, contents


def test_a_body_after_the_topics_still_opens_its_own_task() -> None:
    text = ("Đồng chí Bí thư Huyện ủy đề nghị Ban Tuyên giáo Huyện ủy tuyên truyền về Đại hội Đảng bộ huyện; "
            "Hội Nông dân huyện tổ chức hội thi nhà nông giỏi trong tháng 10/2025.")
    contents = _contents(text)
    assert _has(contents, "hội thi nhà nông giỏi"), contents


def test_what_an_action_stresses_after_a_comma_is_part_of_it() -> None:
    text = ("Trong thời gian tới, các cấp hội sẽ tập trung vào một số nhiệm vụ trọng tâm như: đẩy mạnh các phong trào thi "
            "đua của hội, chú trọng vào phong trào nuôi bò sinh sản; củng cố tổ chức hội các cấp, nhất là làm sao thu hút "
            "thêm hội viên trẻ.")
    contents = _contents(text)
    assert not any(c.startswith(("chú trọng", "nhất là")) for c in contents), contents
    assert _has(contents, "đẩy mạnh các phong trào") and _has(contents, "củng cố tổ chức hội"), contents


def test_stressing_with_a_verb_of_its_own_is_still_an_action() -> None:
    text = ("Đồng chí Chủ tịch Hội Nông dân tỉnh đề nghị Hội Nông dân các xã nâng cao chất lượng cán bộ hội, chú trọng "
            "bồi dưỡng kỹ năng vận động nông dân tham gia hợp tác xã.")
    contents = _contents(text)
    assert any(c.startswith("chú trọng bồi dưỡng") for c in contents), contents


def test_a_verb_with_of_after_it_is_a_noun_in_the_object() -> None:
    text = ("Đồng chí Chủ tịch Hội Nông dân tỉnh đề nghị Hội Nông dân các xã bám sát chủ trương của Đảng, chỉ đạo của "
            "Tỉnh ủy và các nghị quyết về nông nghiệp; tiếp tục đổi mới phương thức hoạt động.")
    contents = _contents(text)
    assert not any(c.startswith("chỉ đạo của") for c in contents), contents
    assert _has(contents, "đổi mới phương thức"), contents


def test_examples_after_such_as_are_not_split() -> None:
    text = ("Tổ chức các hoạt động chăm sóc và tu bổ nghĩa trang liệt sỹ, các công trình tưởng niệm tại xã như: vệ sinh "
            "môi trường, chăm sóc và trồng mới cây xanh, tu sửa, chỉnh trang và làm sạch, đẹp các nghĩa trang trong xã.")
    assert len(_comma_parts(text, 0)) == 1, [text[s:e] for s, e in _comma_parts(text, 0)]
    # without the examples, the comma still starts the next action
    text = "Tổ chức dọn vệ sinh các nghĩa trang trong xã, tu sửa các công trình tưởng niệm bị xuống cấp."
    assert len(_comma_parts(text, 0)) == 2


def test_those_led_then_what_they_do_are_one_task() -> None:
    text = ("Bí thư Huyện ủy yêu cầu các đồng chí Ủy viên Ban Thường vụ lãnh đạo các chi bộ tiếp tục rà soát "
            "danh sách đảng viên cao tuổi.")
    contents = _contents(text)
    assert len(contents) == 1 and "rà soát danh sách" in contents[0], contents


def test_places_listed_after_a_colon_are_addressees_not_a_new_assignment() -> None:
    text = ("Chủ tịch UBND tỉnh giao Sở Nông nghiệp và PTNT xây dựng kế hoạch, hướng dẫn UBND các huyện: Giao Lâm, "
            "Xuân Hòa, Hải Thịnh chủ động thực hiện các biện pháp phòng trừ sâu cuốn lá.")
    contents = _contents(text)
    assert not any(c.startswith("Giao Lâm") for c in contents), contents
    assert not any(c.startswith("chủ động") for c in contents), contents


def test_giao_in_mid_sentence_before_a_body_is_still_the_verb() -> None:
    text = "Chủ tịch UBND huyện kết luận các xã: Giao Phòng Tài chính - Kế hoạch thẩm định dự toán trước ngày 20/10/2025."
    assert _has(_contents(text), "thẩm định dự toán"), _contents(text)


def test_the_qualities_of_a_spirit_are_one_object() -> None:
    text = ("Bí thư Thành ủy yêu cầu các chi bộ, đảng bộ cơ sở phát huy tinh thần đoàn kết, thống nhất, tập trung "
            "triển khai đồng bộ các chương trình hành động của Thành ủy.")
    contents = _contents(text)
    assert _has(contents, "phát huy tinh thần đoàn kết, thống nhất"), contents
    assert any(c.startswith("tập trung triển khai") for c in contents), contents


def test_an_appeal_to_the_public_is_no_task() -> None:
    text = ("Tại hội nghị, đồng chí Chủ tịch Ủy ban MTTQ tỉnh đề nghị các tổ chức thành viên tích cực hưởng ứng cuộc vận "
            "động ủng hộ đồng bào vùng lũ. Kêu gọi cán bộ, đoàn viên, hội viên và Nhân dân trong tỉnh chung tay giúp đỡ "
            "đồng bào bị thiệt hại.")
    contents = _contents(text)
    assert _has(contents, "tích cực hưởng ứng"), contents
    assert not any(c.lower().startswith("kêu gọi") for c in contents), contents


def test_a_body_asked_to_call_on_donors_keeps_its_task() -> None:
    text = "UBND xã đề nghị Hội Chữ thập đỏ xã kêu gọi các nhà hảo tâm ủng hộ quỹ khuyến học trong tháng 9/2025."
    assert _has(_contents(text), "nhà hảo tâm"), _contents(text)


def test_a_numbered_label_with_a_colon_is_no_task() -> None:
    text = ("Kính gửi: Ban Chấp hành Đoàn các xã.\n"
            "Ban Thường vụ Huyện Đoàn đề nghị Ban Chấp hành Đoàn các xã triển khai Ngày Thứ bảy tình nguyện, cụ thể như sau:\n"
            "1. Nội dung: Tổ chức dọn vệ sinh các tuyến đường liên thôn.\n"
            "2. Thông tin báo cáo:\n"
            "Báo cáo kết quả về Văn phòng Huyện Đoàn chậm nhất ngày 25/8/2025.\n")
    contents = _contents(text)
    assert not any(c.strip(" :") == "Thông tin báo cáo" for c in contents), contents
    assert _has(contents, "Báo cáo kết quả"), contents


def test_directing_told_in_the_past_after_a_comma_is_what_was_done() -> None:
    text = ("Trong tháng 9, Thường trực HĐND xã đã thống nhất nội dung chuẩn bị kỳ họp, phân công chỉ đạo các ban HĐND "
            "thẩm tra các báo cáo trình kỳ họp. Phối hợp cùng Ủy ban MTTQ xã tổ chức tiếp xúc cử tri tại các thôn.")
    assert _contents(text) == [], _contents(text)


def test_directing_asked_now_stays_a_task() -> None:
    text = ("Kết luận phiên họp, đồng chí Chủ tịch HĐND xã đề nghị Thường trực HĐND chỉ đạo các ban HĐND thẩm tra các báo "
            "cáo trình kỳ họp thứ 8.")
    assert _has(_contents(text), "thẩm tra các báo cáo"), _contents(text)


def test_items_a_meeting_discussed_are_no_tasks() -> None:
    text = ("Hội nghị cũng thảo luận dự thảo tờ trình của UBND xã về kiện toàn nhân sự; đề nghị điều chỉnh quy hoạch "
            "khu dân cư mới; tổng hợp ý kiến của cử tri trước kỳ họp.\n"
            "Kết luận hội nghị, đồng chí Bí thư Đảng ủy đề nghị UBND xã hoàn thiện hồ sơ điều chỉnh quy hoạch trước ngày 30/10/2025.")
    contents = _contents(text)
    assert len(contents) == 1 and "hoàn thiện hồ sơ" in contents[0], contents


def test_a_photo_caption_of_who_spoke_is_no_task() -> None:
    # captions without a stop run into the next line and read as a subject and its action
    assert _NOT_WORK.match("Đ/c Nguyễn Văn An - Phó Bí thư Đảng ủy phường phát biểu chỉ đạo tại hội nghị Đ/c Nguyễn "
                           "Văn An trao giấy khen cho Ban công tác Mặt trận khu phố 3")
    assert not _NOT_WORK.match("Đồng chí Trưởng ban Dân vận chủ trì, phối hợp với Mặt trận xã tổ chức hội nghị đối thoại")
