package io.pmi.report.domain.analysis;

import io.pmi.report.domain.SourceRole;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings' summaries and recommendations, in zh-CN and en, filled from templates only (never quotes). */
final class Texts {

    static final String ZH = "zh-CN";
    static final String EN = "en";

    /** A finding's two texts, each by language tag. */
    record Wording(Map<String, String> summary, Map<String, String> recommendation) {
    }

    private Texts() {
    }

    /** Summary and recommendation of a signal finding. */
    static Wording signal(FindingType type, Collection<SourceRole> roles, boolean corroborated,
                                        Map<String, String> dimensionNames) {
        String zhRoles = roles(roles, ZH);
        String enRoles = roles(roles, EN);
        return switch (type) {
            case STRATEGY_UNCLEAR -> pair(
                    zhRoles + "的回答显示,对公司战略方向的认识不够清晰。",
                    "The answers of " + enRoles + " show that the company's strategic direction is not clear to them.",
                    "由上级结合部门目标讲解今年的战略方向,并确认员工能说出它对日常工作的要求。",
                    "Have the supervisor explain this year's strategy against the department's goals, and check that "
                            + "the employee can say what it asks of their daily work.");
            case GOAL_MISALIGNED -> pair(
                    zhRoles + "的回答显示,个人目标与公司目标对齐不足。",
                    "The answers of " + enRoles + " show that personal goals are not well aligned with the company's.",
                    "与员工一起把公司目标逐级分解为个人目标,并在公司目标调整时及时更新。",
                    "Break the company's goals down into personal goals together with the employee, and update them "
                            + "whenever the company's goals change.");
            case KPI_UNREASONABLE -> pair(
                    zhRoles + "认为考核指标不合理或难以达成。" + (corroborated ? "过往绩效数据印证了这一点。" : ""),
                    "According to " + enRoles + ", the KPIs are unreasonable or out of reach."
                            + (corroborated ? " Past performance data bears this out." : ""),
                    "与员工一起复核KPI的数量、权重和目标值,参照过往达成情况重新校准。",
                    "Review the number, weights and targets of the KPIs with the employee, and recalibrate them "
                            + "against past attainment.");
            case QUALITATIVE_UNMEASURED -> pair(
                    zhRoles + "的回答显示,团队合作、创新等定性指标在实际考核中缺乏衡量。"
                            + (corroborated ? "绩效记录中也没有经过评价的定性指标。" : ""),
                    "The answers of " + enRoles + " show that qualitative indicators such as teamwork and "
                            + "innovation are not really measured in appraisals."
                            + (corroborated ? " The performance records hold no assessed qualitative indicator either."
                            : ""),
                    "为定性指标制定可观察的行为标准和评价方式,并纳入绩效记录。",
                    "Define observable behaviours and a way of assessing each qualitative indicator, and record them "
                            + "with the appraisal.");
            case FEEDBACK_GAP -> pair(
                    "绩效反馈很少发生,或各方对反馈的频率和方式说法不一(" + zhRoles + ")。",
                    "Performance feedback rarely happens, or the sides disagree on how often and how it happens ("
                            + enRoles + ").",
                    "约定固定的一对一绩效沟通节奏(例如每月一次),并记录每次沟通的要点。",
                    "Agree a fixed rhythm of one-to-one performance conversations, monthly for example, and note the "
                            + "points of each.");
            case FEEDBACK_STYLE_MISMATCH -> pair(
                    "反馈方式与员工易于接受的方式不一致,或反馈未被认同(" + zhRoles + ")。",
                    "Feedback is given in a way the employee does not easily take on board, or is not accepted ("
                            + enRoles + ").",
                    "了解员工更容易接受的反馈方式,结合具体事例调整指出问题的方式。",
                    "Find out which kind of feedback the employee takes on board, and adjust how problems are pointed "
                            + "out, with concrete examples.");
            case INCENTIVE_UNCLEAR -> pair(
                    zhRoles + "的回答显示,奖金规则、晋升路径等激励措施不够清晰,或与员工看重的激励不符。",
                    "The answers of " + enRoles + " show that incentives such as bonus rules and promotion paths are "
                            + "unclear, or do not match what the employee values.",
                    "公开绩效与奖金挂钩的规则和晋升路径,并了解员工最看重的激励方式。",
                    "Publish how performance links to bonuses and what the promotion paths are, and find out which "
                            + "incentives the employee values most.");
            case DEVELOPMENT_NEED -> pair(
                    zhRoles + "的回答显示,存在技能提升或培训支持方面的需要。",
                    "The answers of " + enRoles + " show a need for skills development or training support.",
                    "制定有针对性的培训与发展计划,并为学习留出时间。",
                    "Draw up a targeted training and development plan, and set aside time for learning.");
            case RESOURCE_OBSTACLE -> pair(
                    zhRoles + "的回答显示,工作所需资源不足或流程存在障碍。",
                    "The answers of " + enRoles + " show that resources are short or processes get in the way.",
                    "梳理主要障碍,明确需要补充的资源、需要优化的流程及负责人。",
                    "List the main obstacles, with the resources to add, the processes to fix and who owns each.");
            case COLLABORATION_FRICTION -> pair(
                    zhRoles + "的回答显示,上下级沟通或跨部门协作不顺畅。",
                    "The answers of " + enRoles + " show that communication with the supervisor or across "
                            + "departments does not flow.",
                    "建立畅通的意见表达渠道和跨部门协作机制,定期复盘协作中的问题。",
                    "Open channels for raising disagreement and set up ways of working across departments, and review "
                            + "collaboration problems regularly.");
            case DIMENSION_CONCERN -> pair(
                    zhRoles + "在「" + dimensionNames.get(ZH) + "」维度上的回答反映出问题。",
                    "The answers of " + enRoles + " point to a problem in " + dimensionNames.get(EN) + ".",
                    "结合原始回答进一步了解该问题。",
                    "Look further into the problem, starting from the answers.");
            case PERCEPTION_GAP, SENSITIVE_TOPIC -> throw new IllegalArgumentException(type + " has its own texts");
        };
    }

    static Wording gap(GapKind kind, String measure, String self, String others, String gap) {
        return kind == GapKind.BLIND_SPOT
                ? pair("在「" + measure + "」上,本人自评(" + self + ")比他评(" + others + ")高出" + gap + ",存在盲点。",
                "On " + measure + ", the self-rating (" + self + ") is " + gap + " above the others' (" + others
                        + "): a blind spot.",
                "用具体事例向员工反馈他人的观察,帮助其看到盲点。",
                "Share the others' observations with the employee through concrete examples, to help them see the "
                        + "blind spot.")
                : pair("在「" + measure + "」上,本人自评(" + self + ")比他评(" + others + ")低" + gap + ",存在被低估的优势。",
                "On " + measure + ", the self-rating (" + self + ") is " + gap + " below the others' (" + others
                        + "): a hidden strength.",
                "向员工肯定他人看到的这项优势,鼓励其更多发挥。",
                "Tell the employee about the strength others see in them, and encourage them to use it more.");
    }

    static Wording sensitive(int interviews, boolean unacknowledged, Map<String, String> names) {
        return pair(interviews + "次访谈在「" + names.get(ZH) + "」维度上出现强烈情绪(强度4以上)。"
                        + (unacknowledged ? "其中有情绪未被访谈者回应。" : ""),
                "Strong emotions (intensity 4 or more) came up on " + names.get(EN) + " in " + interviews
                        + " interviews." + (unacknowledged ? " Some were not acknowledged by the interviewer." : ""),
                "谨慎处理该话题:先回应情绪再讨论事实,必要时由HR跟进。",
                "Handle the topic with care: respond to the emotions before discussing facts, and have HR follow up "
                        + "where needed.");
    }

    /** "本人、上级" and "the employee, the supervisor and peers". */
    private static String roles(Collection<SourceRole> roles, String language) {
        List<String> labels = roles.stream().sorted().map(r -> r.label(language)).toList();
        if (ZH.equals(language)) {
            return String.join("、", labels);
        }
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    private static Wording pair(String zhSummary, String enSummary, String zhAdvice, String enAdvice) {
        return new Wording(texts(zhSummary, enSummary), texts(zhAdvice, enAdvice));
    }

    private static Map<String, String> texts(String zh, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(ZH, zh);
        texts.put(EN, en);
        return texts;
    }
}
