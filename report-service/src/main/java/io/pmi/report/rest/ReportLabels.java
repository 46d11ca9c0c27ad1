package io.pmi.report.rest;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The printable report's labels in zh-CN ({@code label:} in the template); {@link EnglishReportLabels} has them in
 * en. A code this service does not know yet is shown as it is. No label takes report content, which the template
 * writes (and escapes) itself.
 */
@MessageBundle(value = "label", locale = "zh-CN")
public interface ReportLabels {

    @Message("绩效访谈交叉验证报告")
    String title();

    @Message("员工")
    String subject();

    @Message("考核活动")
    String campaign();

    @Message("版本")
    String version();

    @Message("生成时间")
    String generatedAt();

    @Message("阅读范围")
    String audience();

    @Message("{#when audience}{#is HR}人力资源:全部来源与原话{#is MANAGER}经理:匿名视图{#else}{audience}{/when}")
    String audienceName(Audience audience);

    @Message("报告不完整,以下内容未能读取:")
    String partial();

    @Message("{#when missing}{#is 'dimension-names'}维度名称(以代码显示){#else}{missing}{/when}")
    String missing(String missing);

    @Message("报告生成后,有访谈已退出导出(撤回同意或被删除),报告不再显示其任何内容。")
    String stale();

    @Message("来源")
    String sources();

    @Message("访谈数")
    String interviews();

    @Message("各维度得分(按来源)")
    String chart();

    @Message("每组柱形为一个维度,每根柱为该来源在该维度各量表题平均分的平均值,纵轴为量表分值。")
    String chartNote();

    @Message("虚线浅色柱:人数低于匿名阈值的组,只在人力资源视图中显示,不参与差距、矛盾与发现。")
    String chartBelowThreshold();

    @Message("本报告没有量表题,无法绘制得分图。")
    String chartEmpty();

    @Message("无量表题")
    String noScale();

    @Message("发现与建议")
    String findings();

    @Message("没有发现。")
    String noFindings();

    @Message("{#when severity}{#is 'HIGH'}高{#is 'MEDIUM'}中{#is 'LOW'}低{#else}{severity}{/when}")
    String severity(String severity);

    @Message("{#when type}"
            + "{#is 'STRATEGY_UNCLEAR'}战略认识不清"
            + "{#is 'GOAL_MISALIGNED'}目标未对齐"
            + "{#is 'KPI_UNREASONABLE'}考核指标不合理"
            + "{#is 'QUALITATIVE_UNMEASURED'}定性指标缺乏衡量"
            + "{#is 'FEEDBACK_GAP'}反馈不足"
            + "{#is 'FEEDBACK_STYLE_MISMATCH'}反馈方式不被接受"
            + "{#is 'INCENTIVE_UNCLEAR'}激励不清晰"
            + "{#is 'DEVELOPMENT_NEED'}能力发展需求"
            + "{#is 'RESOURCE_OBSTACLE'}资源障碍"
            + "{#is 'COLLABORATION_FRICTION'}协作摩擦"
            + "{#is 'PERCEPTION_GAP'}认知差距"
            + "{#is 'SENSITIVE_TOPIC'}敏感话题"
            + "{#is 'DIMENSION_CONCERN'}维度问题"
            + "{#else}{type}{/when}")
    String findingType(String type);

    @Message("维度")
    String dimension();

    @Message("建议")
    String recommendation();

    @Message("依据")
    String evidence();

    @Message("测量项")
    String measures();

    @Message("回答")
    String answers();

    @Message("绩效记录")
    String records();

    @Message("情绪记录")
    String emotions();

    @Message("所引原话")
    String citedQuotes();

    @Message("自评与他评的差距")
    String gaps();

    @Message("没有超过阈值的差距。")
    String noGaps();

    @Message("{#when kind}{#is 'BLIND_SPOT'}盲点:自评高于他评{#is 'HIDDEN_STRENGTH'}潜在优势:自评低于他评"
            + "{#else}{kind}{/when}")
    String gapKind(String kind);

    @Message("类型")
    String kind();

    @Message("自评")
    String self();

    @Message("他评")
    String others();

    @Message("差距")
    String gap();

    @Message("阈值")
    String threshold();

    @Message("他评来源")
    String otherSources();

    @Message("来源之间的矛盾")
    String contradictions();

    @Message("没有来源之间的矛盾。")
    String noContradictions();

    @Message("{#when kind}{#is 'SCALE_MEANS'}平均分相差超过阈值{#is 'MODAL_CHOICES'}最常见选项相距过远"
            + "{#is 'MAJORITY_STANCES'}多数态度相反{#else}{kind}{/when}")
    String contradictionKind(String kind);

    @Message("各方说法")
    String values();

    @Message("相差")
    String difference();

    @Message("与绩效历史的核对")
    String historyChecks();

    @Message("没有可与绩效历史核对的说法。")
    String noHistoryChecks();

    @Message("说法")
    String claim();

    @Message("{#when claim}{#is 'KPI_TARGETS_UNREASONABLE'}KPI 目标不合理或难以达成"
            + "{#is 'KPI_TARGETS_EASY'}KPI 目标过于容易{#is 'QUALITATIVE_NOT_MEASURED'}定性指标未被衡量"
            + "{#else}{claim}{/when}")
    String claimName(String claim);

    @Message("结论")
    String verdict();

    @Message("{#when verdict}{#is 'CORROBORATED'}得到印证{#is 'CONTRADICTED'}与记录相反{#is 'INCONCLUSIVE'}无法判断"
            + "{#else}{verdict}{/when}")
    String verdictName(String verdict);

    @Message("考核期与达成率")
    String periods();

    @Message("各测量项明细")
    String details();

    @Message("{#when role}{#is SELF}本人{#is SUPERVISOR}上级{#is PEER}同事{#is SUBORDINATE}下属"
            + "{#else}其他来源{/when}")
    String role(SourceRole role);

    @Message("{#when type}{#is OPEN}开放题{#is SCALE}量表题{#is SINGLE_CHOICE}单选题{#is MULTI_CHOICE}多选题"
            + "{#else}未知题型{/when}")
    String questionType(QuestionType type);

    @Message("量表")
    String scale();

    @Message("人数")
    String respondents();

    @Message("平均分")
    String mean();

    @Message("标准差")
    String spread();

    @Message("选项分布")
    String distribution();

    @Message("态度")
    String stances();

    @Message("{#when stance}{#is POSITIVE}正面{#is NEUTRAL}中性{#is NEGATIVE}负面{#else}{stance}{/when}")
    String stance(Stance stance);

    @Message("原话")
    String quotes();

    @Message("表述含糊")
    String vague();

    @Message("低于匿名阈值")
    String belowThreshold();

    @Message("一致性(AD_M,阈值为量表点数的 1/6)")
    String agreement();

    @Message("{#if agrees}各来源评分一致{#else}各来源评分分歧{/if}")
    String agrees(boolean agrees);

    @Message("未显示的内容")
    String suppressed();

    @Message("没有隐去任何内容。")
    String noSuppressed();

    @Message("{#when scope}{#is 'measure'}该测量项上的回答{#is 'quotes'}原话{#is 'inputs'}仅被隐去的组使用的访谈"
            + "{#else}{scope}{/when}")
    String scope(String scope);

    @Message("{#when reason}{#is 'BELOW_ANONYMITY_THRESHOLD'}人数低于匿名阈值 k"
            + "{#is 'SINGLE_SOURCE_QUOTES'}单一来源,原话可识别身份{#else}{reason}{/when}")
    String reason(String reason);

    @Message("范围")
    String scopeTitle();

    @Message("原因")
    String reasonTitle();

    @Message("说明")
    String notices();

    @Message("{#when code}{#is 'DISPLAY_NAME_MISSING'}缺少显示名称,以代码显示"
            + "{#is 'UNKNOWN_SOURCE_ROLE'}未知来源角色的访谈未纳入分析"
            + "{#is 'UNKNOWN_QUESTION_TYPE'}未知题型的题目未纳入分析"
            + "{#is 'MEASURE_DEFINITION_CONFLICT'}同一测量项的题目定义不一致,只计最常见的定义"
            + "{#else}{code}{/when}")
    String notice(String code);

    @Message("无")
    String none();

    @Message("本报告不显示任何受访者的身份,只以来源角色标示。")
    String footer();
}
