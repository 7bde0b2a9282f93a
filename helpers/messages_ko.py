"""The Korean message table: the same ids, and the same fields in each template, as the
English table in :mod:`helpers.messages` (a test holds them equal).

Fields are filled with numbers and words whose ending is not known in advance, so
no template puts a particle that depends on it (을/를, 이/가, 과/와) right after a
field. Answers a checker reads as text ("rises", "multi-class") stay English, with
their Korean in parentheses.
"""

KO = {
    # --- every checker ---------------------------------------------------------------
    "common.hint": "힌트: {hint}",
    "common.not_answered":
        "… 아직 답하지 않았습니다: ... 자리에 답을 쓰고 셀을 다시 실행해 보세요.",
    "common.not_answered_function":
        "… 아직 답하지 않았습니다: `...` 줄 아래에 `def`로 `{name}` 함수를 정의하고 셀을 "
        "다시 실행해 보세요.",
    "common.not_quite": "아직 정답이 아닙니다.",
    "common.unchecked": "이 답은 확인할 수 없었습니다({error}).",
    "common.unchecked_hint": "연습 문제에 주어진 입력은 그대로 두고, 답은 연습 문제가 요구하는 "
                             "형태로 써 보세요.",
    "describe.text": "텍스트 {text}",
    "describe.function": "함수 {name}",
    "describe.a_function": "함수",
    "describe.type": "{type} 자료형의 값",
    # --- reading an answer -------------------------------------------------------------
    "read.text": "입력한 답은 수가 아니라 {what}입니다.",
    "read.quoted_number": "입력한 답은 {what}입니다. 이것은 텍스트입니다. 따옴표를 지워 수로 "
                          "만드세요.",
    "read.bool": "입력한 값은 수가 아니라 참/거짓 값 {value}입니다.",
    "read.complex": "복소수를 입력했습니다. 답은 실수입니다.",
    "read.function": "입력한 답은 수가 아니라 {what}입니다. 호출해서 수를 얻으세요.",
    "read.one_in_list": "수 하나가 든 리스트를 입력했습니다. 대괄호 없이 수 자체를 쓰세요.",
    "read.many": "값을 {n}개 입력했습니다. 답은 수 하나입니다.",
    "read.too_large": "float로 나타내기에는 너무 큰 수를 입력했습니다.",
    "read.not_a_list": "입력한 답은 {what}입니다. 수의 리스트를 쓰세요.",
    "read.unordered": "순서가 없는 set이나 dict를 입력했습니다. 수의 리스트를 쓰세요.",
    "read.bools": "참/거짓 값을 입력했습니다. 수를 쓰세요.",
    "read.texts": "따옴표로 감싼 텍스트를 입력했습니다. 따옴표를 지워 수로 만드세요.",
    "read.count": "수를 {n}개 입력했습니다. 답은 {k}개입니다.",
    "read.shape": "모양이 {shape}인 배열을 입력했습니다. 기대한 모양은 {expected}입니다.",
    "read.nan": "nan을 입력했습니다. nan은 '값 없음'을 뜻합니다.",
    "read.nonfinite": "입력한 값 {got}에 nan 또는 inf가 들어 있습니다.",
    # --- grading a number like a teacher -----------------------------------------------
    "number.correct": "정답입니다: {text}",
    "number.rounded": "{places}까지 맞습니다(정확한 값은 {exact}): {text}",
    "number.rounded_vector": "{places}까지 맞습니다: {text}",
    "number.one_decimal": "소수점 아래 {n}자리",
    "number.decimals": "소수점 아래 {n}자리",
    "number.one_significant": "유효숫자 {n}자리",
    "number.significant": "유효숫자 {n}자리",
    "number.whole": "정수 자리",
    "number.mistake": "아직 정답이 아닙니다. 입력한 값은 {value}입니다. {why}",
    "number.percent": "입력한 값은 {value}입니다. 백분율처럼 보입니다.",
    "number.percent_hint": "확률은 0–100이 아니라 0–1 범위의 값입니다. 백분율은 100으로 "
                           "나눠 보세요.",
    "number.coarse": "입력한 값은 {value}인데, {places}까지만 맞아서 너무 대략적이라 확인할 수 "
                     "없습니다.",
    "number.coarse_hint": "유효숫자를 2자리 이상 써 보세요.",
    "number.rounded_zeros": "입력한 값 {value}에 Python이 지운 끝자리 0을 되살리면 {padded}이고, "
                            "이는 {places}까지 맞습니다(정확한 값은 {exact}). {text}",
    "number.rounded_zeros_vector": "입력한 값 {value}에 Python이 지운 끝자리 0을 되살리면 "
                                   "{padded}이고, 이는 {places}까지 맞습니다. {text}",
    "number.close": "거의 맞았습니다. 입력한 값은 {value}이고, {off}만큼 벗어났습니다.",
    "number.close_vector": "거의 맞았습니다. 입력한 값은 {value}이고, 최대 {off}만큼 "
                           "벗어났습니다.",
    "number.close_hint": "자릿수를 더 쓰거나 반올림을 확인해 보세요. 남기는 마지막 자리는 "
                         "가장 가까운 쪽으로 반올림하고, 반올림은 중간 단계가 아니라 최종 "
                         "결과에만 하세요.",
    "number.not_probability": "아직 정답이 아닙니다. 입력한 값은 {value}인데, 확률은 0과 1 "
                              "사이에 있습니다.",
    "number.too_large": "아직 정답이 아닙니다. 입력한 값은 {value}인데, 너무 큽니다.",
    "number.too_small": "아직 정답이 아닙니다. 입력한 값은 {value}인데, 너무 작습니다.",
    "number.not_quite": "아직 정답이 아닙니다. 입력한 값은 {value}입니다.",
    # --- running a learner's function --------------------------------------------------
    "function.not_a_function": "입력한 답은 함수가 아니라 {what}입니다.",
    "function.pass_itself": "함수를 호출하지 말고 함수 자체를 넘겨 보세요: {example}.",
    "function.detail": "{call}: {problem}",
    "function.random_case": "점수 {n}개로 된 무작위 벡터",
    "function.failed": "아직 정답이 아닙니다. 테스트 {total}개 중 {failed}개가 실패합니다.",
    "function.raised": "예외를 일으켰습니다({error}).",
    "function.returned_none": "None을 반환했습니다. `return`을 빠뜨리지 않았나요?",
    "function.not_number": "반환값이 수가 아니라 {what}입니다.",
    "function.not_real_array": "반환값이 실수 배열이 아니라 {what}입니다.",
    "function.shape": "반환한 배열의 모양은 {shape}이고, 기대한 모양은 {expected}입니다.",
    "function.vector": "수 하나가 아니라 모양이 {shape}인 배열을 반환했습니다.",
    "function.nonfinite": "반환값 {value}에 nan 또는 inf가 들어 있습니다.",
    "function.warned": "반환값은 {value}이지만 경고가 나왔습니다: {warning}.",
    "function.expected": "반환값은 {value}이고, 기대한 값은 {expected}입니다.",
    "function.expected_because": "반환값은 {value}이고, 기대한 값은 {expected}입니다({why}).",
    "function.expected_warned": "반환값은 {value}이고 기대한 값은 {expected}이며, 경고도 "
                                "나왔습니다: {warning}.",
    # --- 01: which vectors are distributions ---------------------------------------------
    "distributions.hint": "확률 분포에는 음수 성분이 없고, 성분의 합이 1입니다.",
    "distributions.negative": "음수 성분({value})이 있습니다",
    "distributions.sum": "성분의 합이 1이 아니라 {total}입니다",
    "distributions.not_a_set": "입력한 답은 {what}입니다. 레이블의 집합(set)을 쓰세요.",
    "distributions.form_hint": "확률 분포인 벡터의 레이블을 모두 집합으로 써 보세요. 예: "
                               "{{'A', 'B'}}. 레이블은 {labels}입니다.",
    "distributions.not_a_label": "레이블이 아닌 항목이 있습니다: {what}.",
    "distributions.labels_hint": "레이블은 {labels}입니다. 각각 따옴표로 감싸 써 보세요.",
    "distributions.no_such": "그런 벡터는 없습니다: {label}.",
    "distributions.not_one": "{label}: 확률 분포가 아닙니다. {why}.",
    "distributions.left_out_one": "확률 분포인 벡터 {n}개를 빠뜨렸습니다.",
    "distributions.left_out": "확률 분포인 벡터 {n}개를 빠뜨렸습니다.",
    "distributions.correct": "정답입니다: 확률 분포는 {labels}입니다.",
    # --- 01: the sum of a sigmoid per score ----------------------------------------------
    "sigmoid_sum.correct": "점수마다 구한 시그모이드의 합은 1이 아니라 {value}입니다.",
    "sigmoid_sum.hint": "각 점수에 시그모이드를 따로 적용한 다음, 결과를 더해 보세요.",
    "sigmoid_sum.range_hint": "시그모이드 값은 각각 (0, 1) 안에 있으므로 {k}개의 합은 "
                              "(0, {k}) 안에 있습니다. 각 점수에 시그모이드를 따로 적용한 "
                              "다음, 결과를 더해 보세요.",
    "sigmoid_sum.softmax": "합이 언제나 1이 되는 것은 소프트맥스입니다. 여기서는 점수마다 "
                           "시그모이드가 따로 있습니다.",
    "sigmoid_sum.raw_scores": "이 값은 원시 점수의 합입니다. 먼저 시그모이드를 적용하세요.",
    "sigmoid_sum.sigmoid_of_sum": "이 값은 합의 시그모이드입니다. 합은 마지막에 구하세요.",
    # --- 01: multi-label or multi-class ---------------------------------------------------
    "multilabel.task_a": "영화의 줄거리 요약을 보고 장르(코미디, 드라마, 로맨스, 스릴러, …)를 "
                         "붙입니다.",
    "multilabel.task_b": "문장이 20개 언어 중 어느 언어로 쓰였는지 알아냅니다.",
    "multilabel.task_c": "펭귄 한 마리의 측정값으로 종(아델리, 턱끈, 젠투)을 알아냅니다.",
    "multilabel.task_d": "혈액 검사 한 번으로 환자가 5가지 질병 중 어느 것을 앓고 있는지 "
                         "표시합니다. 환자는 여러 질병을 함께 앓을 수도, 하나도 앓지 않을 "
                         "수도 있습니다.",
    "multilabel.task_e": "카드 결제가 사기 결제인지 아닌지 판단합니다.",
    "multilabel.hint": "과제마다 물어보세요: 두 레이블이 동시에 참일 수 있는가? 그렇다면 "
                       "다중 레이블(레이블마다 시그모이드 하나)이고, 정확히 한 클래스만 "
                       "참이라면 다중 클래스(소프트맥스)입니다. 서로 배타적인 두 클래스는 "
                       "K = 2인 다중 클래스(이진 분류)입니다.",
    "multilabel.form": "입력한 답은 {what}입니다. 과제마다 답을 하나씩 쓰세요.",
    "multilabel.form_hint": "과제마다 \"multi-label\" 또는 \"multi-class\"를 써 보세요. "
                            "{{\"A\": ..., \"B\": ..., ...}} 같은 딕셔너리나 과제 순서대로 "
                            "나열한 리스트로 쓰면 됩니다.",
    "multilabel.count": "답을 {n}개 입력했습니다. 과제마다 하나씩, 모두 {k}개를 쓰세요.",
    "multilabel.no_such": "그런 과제는 없습니다: {task}. 과제는 {letters}입니다.",
    "multilabel.missing": "{task}: 아직 답이 없습니다.",
    "multilabel.unknown": "{task}: {what} — \"multi-label\", \"multi-class\", \"binary\" 중 "
                          "어느 것도 아닙니다.",
    "multilabel.why_a": "{task}: 영화 한 편이 코미디이면서 로맨스일 수 있으므로, 장르 "
                        "레이블들은 서로 배타적이지 않습니다.",
    "multilabel.why_b": "{task}: 문장은 한 언어로 쓰였으므로 20개 클래스 중 정확히 하나만 "
                        "참입니다.",
    "multilabel.why_c": "{task}: 펭귄 한 마리는 정확히 한 종에 속합니다.",
    "multilabel.why_d": "{task}: 환자는 여러 질병을 동시에 앓을 수도, 하나도 앓지 않을 수도 "
                        "있으므로 5개 레이블은 서로 배타적이지 않습니다.",
    "multilabel.why_e": "{task}: 사기 결제와 정상 결제는 서로 배타적이므로 K = 2인 다중 "
                        "클래스(이진 분류)입니다. 점수 하나에 시그모이드 하나를 쓰는 것도 같은 "
                        "모델입니다(노트북 06의 4절).",
    "multilabel.wrong": "아직 정답이 아닙니다. 과제 {k}개 중 {n}개를 다시 살펴보세요.",
    "multilabel.correct": "정답입니다: A와 D는 다중 레이블입니다(여러 레이블이 동시에 참일 수 "
                          "있으므로 레이블마다 시그모이드 하나). B와 C는 다중 클래스입니다"
                          "(정확히 한 클래스만 참이므로 소프트맥스). E는 K = 2인 다중 "
                          "클래스(이진 분류)입니다. 사기 결제와 정상 결제는 서로 배타적이고, "
                          "점수 하나에 시그모이드 하나를 쓰는 것도 같은 모델입니다(노트북 06의 "
                          "4절).",
    # --- 02: sigmoid --------------------------------------------------------------------
    "sigmoid_at_zero.correct": "σ(0) = 1 / (1 + e⁰) = 1/2: 점수 0은 '두 클래스가 똑같이 "
                               "가능하다'는 뜻입니다.",
    "sigmoid_at_zero.hint": "σ(z) = 1 / (1 + e^(−z))에 z = 0을 넣어 보세요. e⁰은 얼마일까요?",
    "sigmoid_at_zero.zero": "하지만 e⁰ = 1이지 0이 아니므로, σ(0)은 0이 아닙니다.",
    "sigmoid_at_zero.one": "이 값은 e⁰입니다. σ(0)은 1 / (1 + e⁰)입니다.",
    "slope.correct": "σ'(0) = σ(0)(1 − σ(0)) = 1/2 · 1/2 = 1/4이며, 시그모이드에서 가장 "
                     "가파른 기울기입니다.",
    "slope.hint": "σ'(z) = σ(z)(1 − σ(z))와 σ(0)의 값을 이용해 보세요.",
    "slope.sigma": "이 값은 기울기가 아니라 σ(0) 자체입니다.",
    "slope.one": "그러면 기울기가 45°입니다. 시그모이드는 그보다 완만합니다.",
    "slope.zero": "하지만 시그모이드는 0에서 올라가고 있으므로 기울기가 0이 아닙니다.",
    "z_for_sigmoid.correct": "z = log({p} / {q}) = {value}에서 σ(z) = {p}입니다.",
    "z_for_sigmoid.hint": "{p} = 1 / (1 + e^(−z))를 z에 대해 풀어 보세요. 먼저 e^(−z)를 "
                          "구한 다음 로그를 취하세요.",
    "z_for_sigmoid.symmetry_hint": "대칭성 σ(−z) = 1 − σ(z)를 이용해 보세요. 어떤 z에서 "
                                   "σ(z) = 1 − {p} = {q}일까요?",
    "z_for_sigmoid.odds": "이 값은 오즈 p / (1 − p)입니다. z는 오즈의 (자연)로그입니다.",
    "z_for_sigmoid.log10": "이 값은 밑이 10인 로그입니다. 자연로그(np.log)를 쓰세요.",
    "z_for_sigmoid.log_p": "이 값은 log p입니다. z는 log(p / (1 − p))입니다.",
    "z_for_sigmoid.sigmoid_of_p": "이 값은 σ({p})입니다. 구할 것은 σ(z) = {p}인 z입니다.",
    "z_for_sigmoid.sign_above": "부호가 반대입니다. σ(z) > 1/2이려면 z > 0이어야 합니다.",
    "z_for_sigmoid.sign_below": "부호가 반대입니다. σ(z) < 1/2이려면 z < 0이어야 합니다.",
    # --- 02: σ(−z) = 1 − σ(z) on a grid ----------------------------------------------------
    "symmetry.hint": "sigmoid는 배열 전체에 한 번에 작동합니다. 좌변은 마이너스 부호를 어디에 "
                     "두는지 주의하고, 우변은 1에서 빼 보세요.",
    "symmetry.bad_grid": "격자 z를 읽을 수 없습니다: {why}",
    "symmetry.not_a_grid": "z는 np.linspace(-6, 6, 13)처럼 유한한 점수 2개 이상으로 된 "
                           "격자여야 합니다.",
    "symmetry.grid_hint": "z = np.linspace(-6, 6, 13)으로 격자를 만든 다음, 이 격자로 left와 "
                          "right를 계산해 보세요.",
    "symmetry.scalar": "{name}에 수가 하나만 들어 있습니다. 격자 z의 점마다 값이 하나씩 있는 "
                       "배열이어야 합니다.",
    "symmetry.scalar_hint": "배열 전체로 계산해 보세요. sigmoid는 원소별로 작동하므로 "
                            "sigmoid(-z)는 z의 점마다 값을 하나씩 줍니다.",
    "symmetry.unreadable": "{name}의 값을 읽을 수 없습니다. {why}",
    "symmetry.length": "{name}에는 값이 {n}개 있지만 격자 z에는 점이 {k}개 있습니다. 점마다 "
                       "값을 하나씩 주세요.",
    "symmetry.nonfinite": "left나 right에 nan 또는 inf가 들어 있습니다.",
    "symmetry.overflow_hint": "오버플로가 절대 일어나지 않는 helpers의 sigmoid를 써 보세요. "
                              "np.linspace(-6, 6, 13) 같은 격자에서는 1 / (1 + np.exp(z))도 "
                              "괜찮습니다.",
    "symmetry.order": "인수의 순서가 틀렸습니다.",
    "symmetry.order_hint": "check_sigmoid_symmetry(z, left, right)처럼 격자를 먼저, 그다음 "
                           "σ(−z), 마지막으로 1 − σ(z)를 넘겨 보세요.",
    "symmetry.left_forgot_minus": "left가 σ(z)입니다. 마이너스는 안쪽에 들어갑니다: "
                                  "σ(−z) = sigmoid(-z).",
    "symmetry.left_minus_outside": "left가 −σ(z)입니다. 마이너스는 시그모이드 안쪽에 "
                                   "들어갑니다: σ(−z) = sigmoid(-z).",
    "symmetry.right_is_sigmoid": "right가 σ(z)입니다. 1 − σ(z)는 이 값을 1에서 뺀 것입니다.",
    "symmetry.right_upside_down": "right가 σ(z) − 1입니다. 뺄셈의 방향이 반대입니다: "
                                  "1 − σ(z).",
    "symmetry.left_off": "left는 {got}인데, 이는 입력한 격자에서의 σ(−z)가 아닙니다.",
    "symmetry.right_off": "right는 {got}인데, 이는 입력한 격자에서의 1 − σ(z)가 아닙니다.",
    "symmetry.rounded": "{name}의 값은 {places}까지 반올림된 것 같습니다. 값은 맞지만, "
                        "자릿수가 너무 적어 대칭성을 float 정밀도까지 보여 줄 수 없습니다.",
    "symmetry.rounded_hint": "확인할 배열은 반올림하지 마세요. sigmoid가 준 그대로 모든 "
                             "자릿수를 살려 넘겨 보세요(반올림은 출력할 때만 하세요).",
    "symmetry.disagree": "left와 right는 각각 맞지만 서로 최대 {diff}만큼 다릅니다. float "
                         "반올림 오차(약 1e-16)로 설명되는 것보다 큰 차이입니다.",
    "symmetry.disagree_hint": "둘 다 반올림하지 말고 최대 정밀도로 계산해 보세요: "
                              "left = sigmoid(-z), right = 1 - sigmoid(z).",
    "symmetry.correct": "정답입니다: 입력한 격자의 점 {n}개({low}부터 {high}까지)에서 σ(−z)와 "
                        "1 − σ(z)가 일치합니다. 가장 큰 차이가 1e-15 미만으로, float 반올림 "
                        "오차 수준입니다(σ(−z)가 아주 작은 곳에서 1 − σ(z)는 절대 정확도만 "
                        "유지하므로 기준은 절대 오차입니다).",
    # --- 03: odds -------------------------------------------------------------------------
    "odds_of.correct": "p = {p}의 오즈는 {p} / {q} = {value}입니다.",
    "odds_of.hint": "오즈 = p / (1 − p): 이길 확률을 질 확률로 나눈 값입니다.",
    "odds_of.against": "이 값은 (1 − p) / p, 즉 지는 쪽의 오즈입니다. 분자와 분모를 바꿔 "
                       "보세요.",
    "odds_of.p": "이 값은 확률 p 자체입니다. 오즈는 이것을 1 − p로 나눈 값입니다.",
    "odds_of.one_minus_p": "이 값은 질 확률 1 − p입니다. 오즈는 p / (1 − p)입니다.",
    "odds_of.one_plus_p": "이 값은 p / (1 + p)입니다. 분모를 확인해 보세요. 분모는 "
                          "1 − p입니다.",
    "prob_from_odds.correct": "오즈가 {wins} : {losses}이면 {games}경기마다 {won}이므로, "
                              "p = {value}입니다.",
    "prob_from_odds.hint": "오즈가 {wins} : {losses}이면 {won}과 {lost}입니다. 모두 몇 경기 "
                           "중의 결과일까요?",
    "prob_from_odds.win": "{n}승",
    "prob_from_odds.wins": "{n}승",
    "prob_from_odds.loss": "{n}패",
    "prob_from_odds.losses": "{n}패",
    "prob_from_odds.odds": "이 값은 오즈를 수 하나로 나타낸 것입니다. 확률은 승 수 / 경기 "
                           "수입니다.",
    "prob_from_odds.losing": "이 값은 질 확률입니다. 구할 것은 이기는 쪽입니다.",
    "prob_from_odds.losses_over_wins": "이 값은 패 수 / 승 수입니다. 확률은 승 수 / 경기 "
                                       "수입니다.",
    "odds_function.hint": "odds(p) = p / (1 − p)이고, 확실한 일(p = 1)의 오즈는 무한대, "
                          "즉 math.inf입니다.",
    "odds_function.sure_hint": "나누기 전에 p == 1인 경우를 처리해 보세요: "
                               "`if p == 1: return math.inf`.",
    "odds_function.raised_sure": "예외를 일으켰습니다({error}). 확실한 일의 오즈는 얼마여야 "
                                 "할까요?",
    "odds_function.infinite": "확실한 일의 오즈는 무한대",
    "odds_function.against": "(1 − p) / p, 즉 지는 쪽의 오즈",
    "odds_function.correct": "정답입니다: 직접 만든 odds(p)가 p = 1을 포함한 테스트 입력 "
                             "{n}개 모두에서 맞습니다.",
    # --- 04: logit ------------------------------------------------------------------------
    "logit_of.correct": "logit({p}) = log({odds}) = {value}입니다.",
    "logit_of.hint": "최종 로그 오즈는 최종 오즈 p / (1 − p)의 자연로그(np.log)입니다. 최종 "
                     "오즈에 로그를 취하거나, 시작 로그 오즈에 각 배수의 로그를 더해 보세요.",
    "logit_of.odds": "이 값은 오즈입니다. 로짓은 오즈의 로그입니다.",
    "logit_of.log10": "이 값은 밑이 10인 로그(오즈의 log10)입니다. 로짓에는 자연로그 "
                      "np.log를 씁니다.",
    "logit_of.log_p": "이 값은 log p입니다. 로짓은 log(p / (1 − p))입니다.",
    "logit_of.sign": "부호가 반대입니다. 이 값은 logit(1 − p)입니다.",
    "logit_symmetry.correct": "logit(1 − {p}) = {value} = −logit({p}): 두 클래스를 맞바꾸면 "
                              "로그 오즈의 부호가 바뀝니다.",
    "logit_symmetry.hint": "logit(1 − p) = log((1 − p) / p)이므로 오즈가 뒤집힙니다. 로그는 "
                           "1 / x를 어떻게 바꿀까요?",
    "logit_symmetry.same": "이 값은 logit(p) 자체입니다. logit(1 − p)를 계산해 보세요.",
    "logit_symmetry.odds": "이 값은 오즈 (1 − p) / p입니다. 여기에 로그를 취해 보세요.",
    "log_transform.statement_a": "로그 변환은 볼록성을 보존합니다. f가 볼록하면 log f도 "
                                 "볼록합니다.",
    "log_transform.statement_b": "로그는 양의 오즈 (0, ∞)를 실수 전체로 보내고, 대등한 "
                                 "오즈(1 : 1)를 로그 오즈 0으로 보냅니다.",
    "log_transform.statement_c": "오즈는 항상 양수이므로 로그 오즈도 항상 양수입니다.",
    "log_transform.statement_d": "로그를 취하면 두 확률 중 어느 쪽이 더 큰지가 바뀔 수 "
                                 "있습니다.",
    "log_transform.why_a": "거짓입니다. f(x) = x²은 x > 0에서 볼록하지만, log f(x) = 2 log x는 "
                           "그 구간에서 오목합니다.",
    "log_transform.why_b": "참입니다. log는 (0, ∞)를 (−∞, ∞)로 보내고, 대등한 오즈 1 : 1"
                           "(p = 1/2)의 로그 오즈는 log 1 = 0입니다.",
    "log_transform.why_c": "거짓입니다. 1보다 작은 오즈(p < 1/2)의 로그 오즈는 음수입니다. "
                           "예: log(1/3) < 0.",
    "log_transform.why_d": "거짓입니다. log는 순증가 함수이므로 순서를 절대 바꾸지 않습니다.",
    "log_transform.hint": "각 문장을 수 한두 개로 시험해 보세요: 오즈 1/3, 1, 3이나 "
                          "f(x) = x².",
    "log_transform.collection": "여러 글자가 아니라 한 글자만 쓰세요. 참인 문장은 정확히 "
                                "하나입니다.",
    "log_transform.not_a_letter": "입력한 답은 {what}입니다. 따옴표로 감싼 글자 하나를 "
                                  "쓰세요.",
    "log_transform.choices": "보기는 {letters}입니다.",
    "log_transform.no_such": "{what}: 보기 {letters} 중에 없습니다.",
    "log_transform.correct": "정답입니다. {letter}: {why}",
    "log_transform.wrong": "아직 정답이 아닙니다. {letter}: {why}",
    # --- 05: sigmoid and logit are inverses ----------------------------------------------
    "from_log_odds.correct": "로그 오즈가 {z}이면 오즈는 e^{z} = {odds}이므로 "
                             "p = 오즈 / (1 + 오즈) = σ({z}) = {value}입니다.",
    "from_log_odds.hint": "먼저 로그를 되돌려 보세요. 오즈는 e^z이고, "
                          "p = 오즈 / (1 + 오즈)입니다.",
    "from_log_odds.odds": "이 값은 오즈 e^z입니다. p = 오즈 / (1 + 오즈)입니다.",
    "from_log_odds.sign": "부호가 반대입니다. 이 값은 1 / (1 + e^z) = σ(−z), 즉 다른 "
                          "클래스의 확률입니다.",
    "from_log_odds.z_as_odds": "이 값은 z 자체를 오즈로 읽은 것입니다. z는 오즈의 "
                               "로그입니다.",
    "from_log_odds.reciprocal": "이 값은 역수 1 / σ(z)입니다. 로짓의 역함수는 σ 자체입니다.",
    "from_log_odds.base10": "이 값은 밑 10을 썼습니다. 로짓의 로그는 자연로그이므로 e^z를 "
                            "쓰세요.",
    "solve_for_p.hint": "log(p / (1 − p)) = z를 풀면 p = e^z / (1 + e^z) "
                        "= 1 / (1 + e^(−z))입니다.",
    "solve_for_p.sign_hint": "부호를 확인해 보세요: e^z / (1 + e^z) = 1 / (1 + e^(−z))이고, "
                             "지수에 마이너스가 있습니다.",
    "solve_for_p.odds_hint": "e^z는 오즈 p / (1 − p)입니다. 오즈 / (1 + 오즈)로 오즈를 p로 "
                             "바꿔 보세요.",
    "solve_for_p.overflow_hint": "노트북 02의 5절에 나온 두 갈래 시그모이드를 따라 해 보세요. "
                                 "그 안의 유일한 지수 e^(−|z|)는 1 이하이고 뺄셈이 없으므로, "
                                 "오버플로도 자릿수 손실도 일어나지 않습니다.",
    "solve_for_p.ready_made": "입력한 답은 {what}입니다. 이 함수는 σ(z)를 대신 계산해 줍니다. "
                              "이 연습 문제는 solve_for_p를 직접 작성하는 것입니다.",
    "solve_for_p.helpers_sigmoid": "helpers의 sigmoid(설정 셀에서 가져온 함수)",
    "solve_for_p.calls_helpers_sigmoid": "helpers의 sigmoid를 호출하는 함수",
    "solve_for_p.expit": "이미 만들어진 시그모이드인 scipy의 expit",
    "solve_for_p.calls_expit": "scipy의 expit를 호출하는 함수",
    "solve_for_p.ready_made_hint": "이미 만들어진 시그모이드 말고 math.exp나 np.exp를 써서, "
                                   "1절의 유도를 따라 def로 solve_for_p를 정의해 보세요.",
    "solve_for_p.overflowed": "반환값이 확률이 아니라 {value}입니다(exp가 오버플로했습니다).",
    "solve_for_p.sign": "부호가 반대인 σ(−z)",
    "solve_for_p.odds": "오즈 e^z",
    "solve_for_p.cancel": "자릿수 손실: 1 − σ(−z)는 거의 같은 두 수를 뺍니다",
    "solve_for_p.correct": "정답입니다: 직접 만든 solve_for_p(z)가 z = ±1000을 포함한 테스트 "
                           "입력 {n}개 모두에서 맞습니다.",
    "multiplier.correct": "특성이 한 단위 늘면 로그 오즈에 {w}만큼 더해지므로, 오즈는 "
                          "e^{w} = {value}배가 됩니다.",
    "multiplier.hint": "가중치는 로그 오즈 z = log(오즈)에 더해집니다. 로그에 w를 더하면 로그 "
                       "안의 수는 어떻게 될까요?",
    "multiplier.w": "이 값은 가중치가 로그 오즈에 더하는 양입니다. 오즈에는 e^w가 "
                    "곱해집니다.",
    "multiplier.sign": "부호가 반대입니다. 이 값은 e^(−w)입니다.",
    "multiplier.sigmoid": "이 값은 확률 σ(w)입니다. 오즈에 곱해지는 배수는 e^w입니다.",
    "multiplier.base10": "이 값은 밑 10을 썼습니다. 로그 오즈는 자연로그를 쓰므로 e^w를 "
                         "쓰세요.",
    "multiplier.linear": "1 + w는 w가 작을 때만 e^w에 가까운 근삿값입니다. e^w를 계산해 "
                         "보세요.",
    # --- 06: the K-class derivation -------------------------------------------------------
    "reference.correct": "P_{k} = 1 / (1 + {exp_sum}) = {value}입니다.",
    "reference.hint": "확률의 합은 1이고 P_i = e^(r_i) · P_K이므로 "
                      "P_K · (1 + e^(r_1) + e^(r_2) + …) = 1입니다.",
    "reference.no_one": "합에서 기준 클래스 자신의 항 e⁰ = 1을 빠뜨렸습니다.",
    "reference.sign": "r의 부호가 반대입니다: P_i = e^(+r_i) · P_K.",
    "reference.no_exp": "r_i는 로그 값입니다. r_i가 아니라 e^(r_i)를 쓰세요.",
    "reference.other_class": "이 값은 기준 클래스 K가 아니라 다른 클래스 중 하나의 "
                             "확률입니다.",
    "shift.hint": "softmax(z)_i = e^(z_i) / Σ_j e^(z_j)입니다. z + c에서는 e^c가 모든 항의 "
                  "공통인수입니다.",
    "shift.correct": "둘 다 {probs}입니다. 모든 점수에 같은 상수를 더해도 아무것도 바뀌지 "
                     "않습니다.",
    "shift.not_softmax": "{name}: 입력한 값은 {got}이며, softmax(z)가 아닙니다.",
    "shift.not_normalised": "{name}: 입력한 값은 {got}이며, softmax(z)가 아닙니다. 합이 "
                            "{total}이니 정규화해 보세요.",
    "shift.copied": "{name}: {other}에 준 것과 같은 배열입니다. z + c로 계산한 값이 "
                    "아닙니다. probs를 복사하지 말고, 이동한 점수로 shifted_probs를 계산해 "
                    "보세요.",
    "shift.copied_hint": "softmax(z + c)를 softmax(z)처럼 풀어 써서 z + c로 계산해 보세요. "
                         "np.exp(z + c)가 오버플로하면, 확률을 하나도 바꾸지 않고 점수에 할 "
                         "수 있는 일이 무엇인지 생각해 보세요.",
    "shift.overflow": "{name}: 값이 {got}입니다. e^(z_i + c)가 float의 범위를 벗어났습니다. "
                      "e^709.78 ≈ 1.8e308을 넘으면 exp는 inf로 오버플로하고 inf / inf는 "
                      "nan입니다. 약 e^(−745)보다 작으면 0으로 언더플로하고 0 / 0은 nan입니다. "
                      "수학적으로 이동은 아무것도 바꾸지 않지만, 쓰인 그대로의 공식으로는 "
                      "계산할 수 없습니다.",
    "shift.overflow_hint": "exp를 취하기 전에 가장 큰 점수를 빼 보세요. e^(z_i − max z)는 "
                           "1 이하이고, 이 이동도 아무것도 바꾸지 않습니다. 오버플로에 관한 "
                           "RuntimeWarning은 직접 호출한 np.exp에서 나온 것입니다.",
    "probs.bad_r": "r은 유한한 로그 오즈가 하나 이상 든 리스트여야 합니다",
    "probs.hint": "P_K = 1 / (1 + Σ_j e^(r_j))이고 P_i = e^(r_i) · P_K입니다. 기준 클래스 K를 "
                  "맨 끝에 두고, 합이 1인 수 K개를 써 보세요.",
    "probs.one_number": "수 하나를 입력했습니다. 답은 클래스마다 하나씩, 확률 {k}개의 "
                        "리스트입니다.",
    "probs.number": "수 {n}개",
    "probs.numbers": "수 {n}개",
    "probs.missing": "맨 끝의 기준 클래스 K, 즉 P_K = 1 / (1 + Σ_j e^(r_j))",
    "probs.softmax_of_r": "이 값은 다른 클래스들만으로 구한 softmax(r)입니다. 기준 클래스가 "
                          "빠졌고, 분모에서 그 클래스의 e⁰ = 1도 빠졌습니다. 다음을 추가해 "
                          "보세요: {missing}.",
    "probs.first_one": "P_1",
    "probs.first_many": "P_1 … P_{k}",
    "probs.so_far": "이 값은 {which}이며, 여기까지는 맞습니다. 이제 다음을 추가해 보세요: "
                    "{missing}.",
    "probs.one_per_class": "답에는 클래스마다 확률이 하나씩, 모두 {k}개 있어야 합니다. 다음을 "
                           "추가해 보세요: {missing}.",
    "probs.unnormalised": "이 값들은 e^(r_i)와 e⁰ = 1, 즉 각 클래스의 클래스 K에 대한 "
                          "오즈입니다. 이 값들을 그 합으로 나눠 확률을 구해 보세요.",
    "probs.no_one": "분모에 기준 클래스 자신의 항 e⁰ = 1이 빠져서, 합이 1보다 큽니다.",
    "probs.reference_first": "이렇게 하면 클래스 1이 기준 클래스가 됩니다. 여기서 기준 "
                             "클래스는 마지막 클래스 K이므로, 그 점수 0은 맨 끝에 옵니다.",
    "probs.sign": "r의 부호가 반대입니다: P_i = e^(+r_i) · P_K.",
    "probs.no_exp": "r_i는 로그 값입니다. 정규화하기 전에 r_i 자체가 아니라 e^(r_i)를 "
                    "쓰세요.",
    "probs.correct": "P = {probs}입니다. P_{k} = 1 / (1 + {exp_sum})이고, 다른 P_i는 각각 "
                     "여기에 e^(r_i)를 곱한 값입니다.",
    "probs.negative": "음수 성분이 있는데, 음수인 확률은 없습니다.",
    "probs.sum": "합이 1이 아니라 {total}입니다.",
    "probs.other_distribution": "합은 1이지만 이 로그 오즈가 주는 분포가 아닙니다. 각 i에 "
                                "대해 P_i / P_{k} = e^(r_i)인지 확인해 보세요.",
    # --- 07: softmax in practice ------------------------------------------------------------
    "softmax_function.hint": "softmax(z) = exp(z − max z) / sum(exp(z − max z))이며, 마지막 "
                             "축을 따라 계산합니다.",
    "softmax_function.overflow_hint": "가장 큰 점수를 먼저 빼 보세요. exp(z − max z)는 절대 "
                                      "오버플로하지 않고, 이 이동은 소프트맥스를 바꾸지 "
                                      "않습니다.",
    "softmax_function.axis_hint": "마지막 축을 따라 계산해 보세요: "
                                  "np.max(z, axis=-1, keepdims=True), sum도 마찬가지입니다.",
    "softmax_function.columns": "행마다가 아니라 열마다 합이 1입니다",
    "softmax_function.whole_batch": "행마다가 아니라 배치 전체의 합이 1입니다",
    "softmax_function.correct": "정답입니다: 직접 만든 softmax가 아주 큰 점수와 배치를 포함한 "
                                "테스트 {n}개를 모두 통과합니다.",
    "logsumexp.hint": "m = max(z)라 하면 logsumexp(z) = m + log(Σ_i e^(z_i − m))이며, 결과는 "
                      "수 하나입니다.",
    "logsumexp.vector_hint": "log-sum-exp는 모든 점수를 더해 수 하나를 돌려줍니다. keepdims를 "
                             "쓰지 말고, 결과를 배열로 감싸지도 마세요.",
    "logsumexp.nonfinite": "반환값이 {value}입니다. exp가 오버플로했거나, log가 언더플로한 "
                           "0을 만났습니다.",
    "logsumexp.overflow_hint": "가장 큰 점수 m을 먼저 빼고 마지막에 다시 더해 보세요: "
                               "m + log(Σ e^(z_i − m)). 모든 e^(z_i − m)은 1 이하이고 가장 "
                               "큰 항은 정확히 1이므로, 오버플로가 없고 log에 0이 들어가지도 "
                               "않습니다.",
    "logsumexp.no_add_back": "m을 다시 더하지 않은 log Σ e^(z_i − m)",
    "logsumexp.add_back_hint": "exp 안에서 최댓값 m을 뺐으니, 바깥에서 다시 더해 보세요: "
                               "m + log(Σ e^(z_i − m)).",
    "logsumexp.correct": "정답입니다: 직접 만든 logsumexp가 ±1000을 포함한 테스트 {n}개를 "
                         "모두 통과합니다.",
    "logsumexp.log1p_used": "또한 logsumexp([0, -40])의 결과가 0.0이 아니라 {exact}입니다. "
                            "log1p로 아주 작은 항을 살렸습니다. 훌륭합니다.",
    "logsumexp.log1p_bonus": "보너스: logsumexp([0, -40])의 정확한 값은 {exact}인데, 직접 만든 "
                             "함수의 결과는 {got}입니다. log(1 + 4.2e-18)에서 합이 1로 "
                             "반올림되기 때문입니다. np.log1p(x)는 1 + x를 만들지 않고 "
                             "log(1 + x)를 계산합니다.",
    "temperature.correct": "T = {t}에서 최상위 클래스의 확률은 {percent}입니다.",
    "temperature.hint": "T = 1에서 최상위 클래스의 확률은 {start}입니다. {percent}에 "
                        "도달하려면 T를 올려야 할까요, 내려야 할까요? 값을 바꿔 가며 범위를 "
                        "좁혀 보세요.",
    "temperature.reciprocal": "이 값은 T가 아니라 1 / T입니다.",
    "temperature.not_positive": "입력한 값은 {value}인데, 온도는 0보다 큰 유한한 값이어야 "
                                "합니다.",
    "temperature.go_lower": "아직 정답이 아닙니다. T = {value}에서 최상위 클래스의 확률은 "
                            "{percent}가 아니라 {reached}입니다. 더 낮춰 보세요.",
    "temperature.go_higher": "아직 정답이 아닙니다. T = {value}에서 최상위 클래스의 확률은 "
                             "{percent}가 아니라 {reached}입니다. 더 높여 보세요.",
    "gradient.bad_z": "z는 유한한 점수가 2개 이상 든 리스트여야 합니다",
    "gradient.hint": "∂L/∂z_i = P_i − y_i입니다. 여기서 p = (P_1, …, P_K) = softmax(z)이고, "
                     "y는 정답 클래스의 원-핫 벡터입니다(인덱스는 0부터 셉니다).",
    "gradient.hint_base": "밑이 b이고 손실이 자연로그 손실 L = −log P_c이면 "
                          "∂L/∂z_i = log b · (P_i − y_i)입니다. 여기서 p = softmax(z, base=b)"
                          "이고, y는 정답 클래스의 원-핫 벡터입니다.",
    "gradient.correct": "p − y = {grad}입니다. 합은 0입니다.",
    "gradient.correct_base": "log b · (p − y) = {grad}입니다. 합은 0입니다. 계수 log b는 "
                             "자연로그 손실에서 나옵니다. 밑이 b인 로그로 손실을 정의하면 "
                             "기울기는 정확히 p − y가 됩니다.",
    "gradient.sign": "부호가 반대입니다. 이 값은 y − p, 즉 손실이 줄어드는 방향이지 기울기가 "
                     "아닙니다.",
    "gradient.p_alone": "이 값은 p뿐입니다. 정답 클래스의 원-핫 벡터 y를 빼 보세요.",
    "gradient.index": "모든 성분에서 클래스 인덱스 값({c})을 뺐습니다. y는 원-핫 벡터로, "
                      "인덱스 {c}에서 1이고 나머지는 0입니다.",
    "gradient.ones": "모든 성분에서 1을 뺐습니다. y는 정답 클래스에서만 1입니다.",
    "gradient.scores": "점수 z를 썼습니다. 확률 p = softmax(z)를 쓰세요.",
    "gradient.wrt_p": "이 값은 확률 p에 대해 미분한 것입니다. 구할 기울기는 점수 z에 대한 "
                      "기울기입니다.",
    "gradient.wrong_index": "입력한 y는 인덱스 {j}에서 1이지만, 정답 클래스는 인덱스 {c}입니다"
                            "(인덱스는 0부터 셉니다).",
    "gradient.no_ln_b": "밑 b가 자연로그 손실에 가져오는 계수가 빠졌습니다: "
                        "log b = log {base} = {scale}. (밑이 b인 로그로 정의한 손실이라면 "
                        "p − y가 맞습니다.)",
    "gradient.base_e": "이 값은 밑이 e일 때의 기울기입니다. 밑이 b이면 "
                       "p = softmax(z, base=b)를 쓰고 log b를 곱하세요.",
    "gradient.divided": "log b로 나눴습니다. log b를 곱해야 합니다.",
    "gradient.sum": "입력한 값의 합은 {total}입니다. p와 y의 합이 모두 1이므로 기울기의 합은 "
                    "항상 0입니다.",
    "gradient.nan": "nan을 입력했습니다. nan은 '값 없음'을 뜻합니다. 기울기는 클래스마다 "
                    "하나씩, 수 {k}개입니다.",
    "gradient.loss": "수 하나({value})를 입력했습니다. 이 값은 손실 −log P_c 자체입니다. 그 "
                     "기울기는 클래스마다 하나씩, 성분이 {k}개입니다.",
    "gradient.one_number": "수 하나를 입력했습니다. 기울기는 클래스마다 하나씩, 성분이 "
                           "{k}개입니다.",

    # --- figures: alt text, one sentence per builder (helpers.plots.ALT_TEXT) -------------
    "alt.sigmoid_figure": (
        "S자 모양의 시그모이드 곡선이 점수 z가 −8에서 8로 갈 때 0에서 1까지 올라가며, 점선으로 "
        "그린 결정 경계 z = 0에서 파선으로 그린 0.5 임계값을 지나고, |z| = 4 바깥의 평평한 포화 "
        "구간은 음영으로 칠해져 있습니다."
    ),
    "alt.odds_figure": (
        "두 패널에 확률 p에 대한 오즈 p/(1 − p)를 그렸습니다. 선형 축에서는 p가 1에 가까워질수록 "
        "오즈가 무한대를 향해 치솟고 p = 0.75일 때 오즈는 3(3 : 1)이며, 로그 축에서는 p = "
        "0.25(오즈 1/3)와 p = 0.75(오즈 3)가 반반의 오즈 1을 중심으로 대칭으로 놓입니다."
    ),
    "alt.logit_figure": (
        "로짓 곡선, 곧 log(p/(1 − p))의 그래프는 p = 0 근처의 음의 무한대에서 p = 1 근처의 양의 "
        "무한대까지 이어지며, 양 끝에 파선 점근선이 있고 점 (0.5, 0)에 대해 점대칭입니다. p = "
        "0.25와 p = 0.75에서는 각각 −log 3과 log 3이 됩니다."
    ),
    "alt.inverse_figure": (
        "가로와 세로 범위가 같은 정사각형 축 위에서 시그모이드 곡선과 로짓 곡선은 파선 y = x를 "
        "사이에 두고 서로 거울상이며, 시그모이드 위의 점 (2, σ(2))가 로짓 위의 거울상 점 (σ(2), "
        "2)와 선으로 이어져 있습니다."
    ),
    "alt.score_bars_figure": (
        "막대 패널 세 개가 같은 클래스 점수를 세 가지로 보여 줍니다. 원시 점수 그대로, 점수마다 "
        "따로 적용한 시그모이드(합이 1이 아님), 그리고 합이 1인 소프트맥스 확률이며, 클래스마다 "
        "고유한 색과 빗금이 있습니다."
    ),
    "alt.derivation_figure": (
        "막대 패널 두 개가 기준 클래스 K에 대한 각 클래스의 로그 오즈(K 자신은 0)와, 그로부터 얻은 "
        "K개의 확률을 보여 주며, 기준 클래스의 막대는 따로 표시되어 있습니다."
    ),
    "alt.temperature_figure": (
        "세 클래스 각각의 소프트맥스 확률을 0.05부터 50까지의 로그 축 위에서 온도 T에 대해 "
        "그렸습니다. 클래스마다 색, 표식, 선 모양이 다르며, 작은 T에서는 원-핫이다가 큰 T에서는 "
        "균등한 1/3이 됩니다."
    ),
    "alt.convexity_figure": (
        "두 패널이 로그 변환은 볼록성을 유지하지 않는다는 것을 보여 줍니다. f(x) = x² + 1은 모든 "
        "현이 곡선 위에 있는 볼록 함수이지만, log f는 변곡점 x = ±1 바깥에서 반대로 휘어 현이 곡선 "
        "아래로 내려갑니다."
    ),
    "alt.log_square_figure": (
        "두 패널이 (0, 3]에서 f(x) = x²와 log f = 2 log x를 보여 줍니다. f는 현이 곡선 위에 있는 "
        "볼록 함수이고, log f는 그 구간 어디에서나 현이 곡선 아래에 있는 오목 함수입니다."
    ),
    "alt.hero_figure": (
        "작은 패널 다섯 개가 점수 2, 1, 0.1을 경로를 따라 보여 줍니다. 원시 점수의 막대, "
        "시그모이드 위의 점, 그 오즈, 확률을 다시 점수로 되돌리는 로짓, 그리고 합이 1인 소프트맥스 "
        "막대입니다."
    ),
    # alt text, notebook 00
    "alt.path_map_figure": (
        "상자 아홉 개를 읽는 순서대로 화살표로 이은 지도입니다. ‘00 여기서 시작’에서 출발해 ‘01 "
        "원시 점수’, ‘02 시그모이드’, ‘03 확률과 오즈’, ‘04 로짓’, ‘05 시그모이드와 로짓은 "
        "역함수’, ‘06 소프트맥스 유도’, ‘07 실전 소프트맥스’를 거쳐 ‘08 소프트맥스 회귀’에 이르며, "
        "상자마다 핵심 공식이 적혀 있고, 점수 하나를 다루는 상자는 실선, 점수 K개를 다루는 상자는 "
        "파선입니다."
    ),
    # alt text, notebook 01
    # alt text, notebook 02
    "alt.sigmoid_slope_figure": (
        "S자 모양의 시그모이드가 z = −8과 8 사이에서 0에서 1까지 올라가고, 파선으로 그린 그 기울기 "
        "σ(z)(1 − σ(z))는 종 모양의 봉우리로, z = 0에서 별표로 표시한 최댓값 1/4에 이른 뒤 양쪽 "
        "꼬리에서 거의 0으로 떨어집니다."
    ),
    # alt text, notebook 03
    "alt.two_classes_figure": (
        "점수 z가 −6부터 6까지일 때 올라가는 p = σ(z) = P(C1 | x)와 내려가는 1 − p = P(C2 | x)의 "
        "두 곡선이 z = 0에서 0.5로 만납니다. 이 점은 규칙이 필요한 동점으로 표시되어 있고, 0의 "
        "왼쪽에는 ‘C2로 결정’, 오른쪽에는 ‘C1으로 결정’이라고 적혀 있습니다."
    ),
    "alt.horse_race_figure": (
        "왼쪽은 p = 0.75인 말이 이긴 경주의 비율로, 처음 몇 경주 동안은 크게 오르내리다가 백만 "
        "경주에 이르면 0.75의 파선에 자리 잡습니다(가로축은 로그 축). 오른쪽은 4경주 묶음 가운데 "
        "0승부터 4승까지인 묶음의 비율을 시뮬레이션한 막대로, 정확한 이항분포의 점 0.004, 0.047, "
        "0.211, 0.422, 0.316과 일치하며, 정확히 3승인 묶음은 42 %뿐입니다."
    ),
    # alt text, notebook 04
    "alt.odds_ratio_figure": (
        "두 패널이 시작 확률 p에 대해 오즈를 두 배로 하면 어떻게 되는지 보여 줍니다. 확률의 변화는 "
        "양 끝에서 0에 가깝고 가운데에서 약 0.17로 가장 크지만, 로그 오즈의 변화는 모든 p에서 log "
        "2 ≈ 0.693이며, 시작점 0.1, 0.25, 0.5, 0.75, 0.9가 두 곡선에 표시되어 있습니다."
    ),
    # alt text, notebook 05
    "alt.round_trip_figure": (
        "로그 눈금 위에 −40부터 40까지의 점수에 대한 logit(σ(z))의 상대 오차를 그렸습니다. 거의 "
        "모든 음의 점수에서는 바닥(정확)에 있다가, z = 5 무렵부터 이를 예측하는 가는 회색 선 바로 "
        "아래를 따라 직선으로 올라가 z = 37 근처에서 약 1e-2에 이르고, σ(z)가 1.0이 되는 z = "
        "37.43부터는 음영 띠 안에서 무한대입니다."
    ),
    "alt.inverse_tangents_figure": (
        "−1.5부터 3까지의 정사각형 축 위에서 시그모이드와 로짓은 파선 y = x를 사이에 두고 "
        "거울상이며, (1, σ(1))에서 기울기가 0.197인 시그모이드의 점선 접선은 (σ(1), 1)에서 역수 "
        "기울기 5.09를 갖는 로짓의 점선 접선에 대응합니다."
    ),
    "alt.other_class_figure": (
        "z = 20부터 45까지의 로그 눈금 위에서, σ(−z)로 직접 계산한 다른 클래스의 확률은 약 "
        "3e-20까지 직선으로 떨어집니다. 같은 양을 1 − σ(z)로 계산하면 z = 37까지는 이를 따라가지만 "
        "끝 무렵에는 2^−53의 배수 위에 놓이고, z = 38부터는 정확히 0이 되어 아래 가장자리에 속이 "
        "빈 네모로 표시됩니다."
    ),
    # alt text, notebook 06
    "alt.two_class_softmax_figure": (
        "두 패널 가운데 왼쪽은 −8부터 8까지의 z에 대한 시그모이드와, 그 위에 정확히 놓인 2클래스 "
        "softmax([z, 0])의 표식 17개입니다. 오른쪽은 z2 = −2, 0, 2일 때 z1에 대한 클래스 1의 "
        "softmax([z1, z2])로, 같은 S자 곡선이 옆으로 밀려나 각 곡선이 z1과 z2가 같은 곳에서 0.5를 "
        "지납니다."
    ),
    "alt.shift_rounding_figure": (
        "점수 2, 1, 0.1, 0에 이동 c를 더한 float64 소프트맥스를 10^8부터 10^18까지의 c의 로그 축 "
        "위에 그렸습니다. 약 10^15까지는 각 클래스의 확률에서 평평하다가, 합이 반올림되면서 "
        "이리저리 튀고, 약 4 × 10^16부터는 모든 클래스가 균등한 1/4에 놓입니다."
    ),
    # alt text, notebook 07
    "alt.temperature_tie_figure": (
        "두 패널이 로그 축 위의 온도 T에 대해 소프트맥스 확률을 그립니다. 점수 2, 1, 0.1에서는 1위 "
        "클래스가 작은 T에서 1이었다가 큰 T에서 1/3이 되고, 동점인 점수 2, 2, 0에서는 동점인 두 "
        "클래스가 작은 T에서 확률을 반씩 나누어 가지며, 큰 T에서는 셋 모두 1/3에 가까워집니다."
    ),
    "alt.base_sweep_figure": (
        "점수 2, 1, 0.1의 소프트맥스 확률을 0.1부터 100까지의 로그 축 위에서 밑 b에 대해 "
        "그렸습니다. b가 1보다 크면 클래스 1이 앞서고 b가 커질수록 더 많이 가져가며, b = 1에서는 "
        "셋 모두 1/3이고, b가 1보다 작으면 순서가 뒤집혀 클래스 3이 앞섭니다."
    ),
    "alt.hard_soft_figure": (
        "막대 패널 네 개입니다. 확신하는 점수 4, 1, 0.5는 소프트맥스 확률 0.93, 0.05, 0.03과 원-핫 "
        "(1, 0, 0)을 주고, 확신이 없는 점수 0.3, 0.2, 0.1은 0.37, 0.33, 0.30과 같은 원-핫 (1, 0, "
        "0)을 줍니다."
    ),
    "alt.gradient_bars_figure": (
        "점수가 1, 3, −0.5, 0.5이고 정답 클래스가 1인 네 클래스에 대한 막대 패널 세 개입니다. "
        "소프트맥스 확률 0.11, 0.80, 0.02, 0.07, 클래스 1에 1이 있는 원-핫 목표, 그리고 기울기 p − "
        "y이며, 기울기는 클래스 1에서 −0.89이고 나머지 클래스에서는 양수로, 클래스 2에서 가장 "
        "큽니다."
    ),
    "alt.naive_softmax_figure": (
        "−1000부터 1000까지의 s에 대해 점수 (s, s − 1)의 P_1을 그렸습니다. 안정한 소프트맥스는 "
        "0.731에서 평평합니다. 단순한 공식은 약 −738부터 709까지에서만 이 값과 0.1 % 이내로 "
        "일치하고, e^s가 비정규 수가 되는 −745부터 −708까지의 옅은 음영 띠 안에서 −745부터 "
        "−738까지는 틀린 값(엑스 표식)을 주며, −745.13 아래와 709.78 위의 회색 띠에서는 nan을 "
        "줍니다."
    ),
    "alt.score_shifts_figure": (
        "왼쪽은 클래스 1부터 3까지에 대한 평행한 점수 벡터 세 개, z = (2, 1, 0.1), z + 3, log p = "
        "(−0.42, −1.42, −2.32)로, 서로 상수만큼 이동한 것입니다. 오른쪽은 이 셋이 모두 똑같이 주는 "
        "소프트맥스 확률 0.659, 0.242, 0.099입니다."
    ),
    # --- figures: words drawn in more than one figure ---------------------------------------
    "plot.common.class": "클래스",
    "plot.common.class_n": "클래스 {i}",
    "plot.common.class_n_score": "클래스 {i} (z = {z})",
    "plot.common.chord": "현",
    "plot.common.input": "입력",
    "plot.common.output": "출력",
    "plot.common.probability": "확률",
    "plot.common.probability_p": "확률 $p$",
    "plot.common.score_z": "점수 $z$",
    "plot.common.temperature_log": "온도 $T$ (로그 눈금)",
    "plot.common.value": "값",
    # --- figures: 00 -------------------------------------------------------------------------
    "plot.path_map.stop_00": "여기서 시작",
    "plot.path_map.stop_01": "원시 점수",
    "plot.path_map.stop_02": "시그모이드",
    "plot.path_map.stop_03": "확률과\n오즈",
    "plot.path_map.stop_04": "로짓",
    "plot.path_map.stop_05": "시그모이드와\n로짓은 역함수",
    "plot.path_map.stop_06": "소프트맥스\n유도",
    "plot.path_map.stop_07": "실전\n소프트맥스",
    "plot.path_map.stop_08": "소프트맥스\n회귀",
    "plot.path_map.legend_start": "시작",
    "plot.path_map.legend_one": "점수 하나, 클래스 둘",
    "plot.path_map.legend_many": "점수 K개, 클래스 K개",
    "plot.hero.scores_title": "점수 $z$",
    "plot.hero.sigmoid_title": r"시그모이드 $p = \sigma(z)$",
    "plot.hero.odds_title": r"오즈 $p\,/\,(1-p)$",
    "plot.hero.logit_title": "로짓: 다시 $z$로",
    "plot.hero.softmax_title": "소프트맥스, 합 1",
    # --- figures: 01 -------------------------------------------------------------------------
    "plot.score_bars.raw_title": "원시 점수 $z_i$",
    "plot.score_bars.sigmoid_title": r"점수별 시그모이드 $\sigma(z_i)$",
    "plot.score_bars.softmax_title": "소프트맥스",
    "plot.score_bars.sum_xlabel": "클래스\n합 = {total}",
    "plot.score_bars.sum_not_one_xlabel": "클래스\n합 = {total} ≠ 1",
    # --- figures: 02 -------------------------------------------------------------------------
    "plot.sigmoid.saturated": "포화\n(평평함)",
    "plot.sigmoid.threshold": "임계값 0.5",
    "plot.sigmoid.boundary": "결정 경계 z = 0",
    "plot.sigmoid.predict_c2": "← C2로 예측",
    "plot.sigmoid.predict_c1": "C1으로 예측 →",
    "plot.sigmoid.ylabel": r"확률 $\sigma(z)$",
    "plot.sigmoid.title": "시그모이드",
    "plot.sigmoid_slope.slope": r"기울기 $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$",
    "plot.sigmoid_slope.steepest": "가장 가파른 점:\nz = 0에서 기울기 1/4",
    "plot.sigmoid_slope.title": "시그모이드와 그 기울기",
    # --- figures: 03 -------------------------------------------------------------------------
    "plot.two_classes.tie": "동점: z = 0에서 p = 0.5\n(규칙이 필요)",
    "plot.two_classes.decide_c2": "C2로 결정",
    "plot.two_classes.decide_c1": "C1으로 결정",
    "plot.two_classes.title": "두 클래스가 나누는 수 하나: p와 1 − p",
    "plot.odds.point": "p = {p}\n오즈 {ratio}",
    "plot.odds.to_infinity": "p → 1이면\n오즈 → ∞",
    "plot.odds.ylabel": r"오즈 $p\,/\,(1-p)$",
    "plot.odds.title": "오즈",
    "plot.odds.even": "반반의 오즈 1 : 1",
    "plot.odds.log_ylabel": "오즈 (로그 눈금)",
    "plot.odds.log_title": "오즈, 로그 눈금",
    "plot.horse_race.running": "지금까지의 승률",
    "plot.horse_race.races_xlabel": "경주 수 (로그 눈금)",
    "plot.horse_race.share_ylabel": "승률",
    "plot.horse_race.running_title": "p로 수렴하는 승률",
    "plot.horse_race.wins_xlabel": "4경주 묶음에서 이긴 횟수",
    "plot.horse_race.blocks_ylabel": "묶음의 비율",
    "plot.horse_race.blocks_title": "4경주 묶음에서 이긴 횟수",
    "plot.horse_race.simulated": "시뮬레이션",
    "plot.horse_race.exact": "정확한 이항분포",
    # --- figures: 04 -------------------------------------------------------------------------
    "plot.logit.centre": "중심 (0.5, 0)",
    "plot.logit.to_plus_infinity": "→ +∞ (p → 1)",
    "plot.logit.to_minus_infinity": "→ −∞ (p → 0)",
    "plot.logit.ylabel": "로그 오즈 {logit}",
    "plot.logit.title": "로짓 (로그 오즈)",
    "plot.odds_ratio.xlabel": "시작 확률 $p$",
    "plot.odds_ratio.p_ylabel": "$p$의 변화",
    "plot.odds_ratio.p_title": "오즈 × {k}: $p$의 변화",
    "plot.odds_ratio.log_odds_ylabel": "로그 오즈의 변화",
    "plot.odds_ratio.log_odds_title": "오즈 × {k}: 로그 오즈의 변화",
    "plot.odds_ratio.always": "항상 log {k} ≈ {step}",
    "plot.convexity.left_title": "$f(x) = x^2 + 1$: 볼록",
    "plot.convexity.right_title": r"$\log f(x)$: 볼록 아님",
    "plot.convexity.curves_up": "어디서나 위로 휨: $f'' = 2 > 0$",
    "plot.convexity.inflection": "변곡점 $x = ±1$",
    "plot.convexity.concave": "오목",
    "plot.convexity.convex": "볼록",
    "plot.log_square.left_title": "$f(x) = x^2$: 볼록",
    "plot.log_square.right_title": r"$\log f(x) = 2 \log x$: 오목",
    # --- figures: 05 -------------------------------------------------------------------------
    "plot.inverse.title": "시그모이드와 로짓은 역함수",
    "plot.round_trip.one_gap": "σ(z)의 부동소수점 간격 하나 × logit′",
    "plot.round_trip.measured": "측정값 |logit(σ(z)) − z| / |z|",
    "plot.round_trip.exact": "정확히 z로 돌아옴 (바닥에 표시)",
    "plot.round_trip.infinite": "inf: σ(z)가 1.0으로 저장됨",
    "plot.round_trip.ylabel": "logit(σ(z))의 상대 오차",
    "plot.round_trip.title": "float64에서 점수 → 확률 → 점수 왕복",
    "plot.inverse_tangents.tangents": "접선",
    "plot.inverse_tangents.slope": "기울기 σ′({z}) = {m}",
    "plot.inverse_tangents.reciprocal_slope": "기울기 1 / {m} = {reciprocal}",
    "plot.inverse_tangents.title": "거울상 접선: 기울기 m과 1/m",
    "plot.other_class.direct": "σ(−z), 직접 계산",
    "plot.other_class.subtraction": "1 − σ(z), 뺄셈으로 계산",
    "plot.other_class.subtraction_zero": "1 − σ(z)가 정확히 0 (바닥에 표시)",
    "plot.other_class.gap": "{gap}: 1 바로 아래의 간격",
    "plot.other_class.ylabel": "다른 클래스의 확률",
    "plot.other_class.title": "뺄셈 1 − σ(z)는 0이 되지만 σ(−z)는 아님",
    # --- figures: 06 -------------------------------------------------------------------------
    "plot.derivation.zero_by_definition": "정의상\n0",
    "plot.derivation.log_odds_title": "로그 오즈 {ratio}",
    "plot.derivation.probs_title": "확률, 합 = {total}",
    "plot.derivation.reference_tick": "{k}\n(기준)",
    "plot.two_class_softmax.left_title": "점수 하나 대 고정된 0",
    "plot.two_class_softmax.ylabel": "클래스 1의 확률",
    "plot.two_class_softmax.right_title": "점수 두 개: softmax$([z_1, z_2])_1$",
    "plot.two_class_softmax.right_xlabel": "점수 $z_1$",
    "plot.shift_rounding.xlabel": "모든 점수에 더한 이동 $c$",
    "plot.shift_rounding.ylabel": "float64의 softmax$(z + c)_i$",
    "plot.shift_rounding.title": "이동 불변성과 부동소수점 격자",
    # --- figures: 07 -------------------------------------------------------------------------
    "plot.temperature.one_hot": "원-핫",
    "plot.temperature.uniform": "균등 1/{k}",
    "plot.temperature.ylabel": "소프트맥스 확률 $P_i$",
    "plot.temperature.title": "소프트맥스 온도",
    "plot.temperature_tie.tie_title": "{scores}: 1위 동점",
    "plot.temperature_tie.ylabel": "소프트맥스 확률 $P_i$",
    "plot.base_sweep.uniform": "b = 1:\n균등",
    "plot.base_sweep.reversed": "b < 1:\n순서 반대",
    "plot.base_sweep.xlabel": "밑 $b$ (로그 눈금)",
    "plot.base_sweep.ylabel": "밑이 $b$일 때 확률 $P_i$",
    "plot.base_sweep.title": "밑이 b인 소프트맥스 (점선: b = {bases})",
    "plot.hard_soft.confident": "확신",
    "plot.hard_soft.unsure": "불확실",
    "plot.hard_soft.soft_title": "{row}: softmax(z)",
    "plot.hard_soft.hard_title": "{row}: argmax의 원-핫",
    "plot.gradient_bars.target_title": "y (정답 클래스 {c})",
    "plot.gradient_bars.gradient_title": "기울기 p − y",
    "plot.naive_softmax.stable": "안정 (최댓값을 뺌)",
    "plot.naive_softmax.naive_right": "단순 공식, 맞음",
    "plot.naive_softmax.naive_wrong": "단순 공식, 틀린 값",
    "plot.naive_softmax.nan_low": "단순: nan\n(0 / 0)",
    "plot.naive_softmax.nan_high": "단순: nan\n(inf / inf)",
    "plot.naive_softmax.xlabel": r"점수 $(s,\ s - 1)$의 수준 $s$",
    "plot.score_shifts.ylabel": "점수",
    "plot.score_shifts.vectors_title": "평행한 점수 벡터 세 개",
    "plot.score_shifts.softmax_title": "셋 모두 같은 소프트맥스",
    # --- notebook 08 checkers ---
    "initial_loss.bad_k": "K는 클래스의 개수이므로 2 이상의 정수여야 합니다",
    "initial_loss.correct": (
        "W = 0, b = 0이면 모든 점수가 0이므로 소프트맥스는 {k}개 클래스 각각에 확률 1/{k}을 주고, "
        "모든 예제의 손실은 −log(1/{k}) = log {k} = {value}입니다. 아직 아무것도 모르는 모델의 "
        "손실입니다."
    ),
    "initial_loss.hint": (
        "가중치가 모두 0이면 모든 점수가 0입니다. 소프트맥스가 K개 클래스 각각에 주는 확률은 "
        "얼마이고, 그 −log는 얼마인지 생각해 보세요."
    ),
    "initial_loss.probability": (
        "이것은 각 클래스의 확률인 1/K입니다. 손실은 정답 클래스 확률의 −log입니다."
    ),
    "initial_loss.sign": "이것은 log(1/K)로, 음수입니다. 손실은 −log(1/K) = log K이고 양수입니다.",
    "initial_loss.log10": "이것은 밑이 10인 로그입니다. 교차 엔트로피는 자연로그(np.log)를 씁니다.",
    "initial_loss.log2": (
        "이것은 log₂ K, 곧 비트 단위의 손실입니다. 여기서 교차 엔트로피는 자연로그(np.log)를 "
        "씁니다."
    ),
    "initial_loss.sum_classes": (
        "이것은 K개 클래스 모두에 걸친 −log(1/K)의 합입니다. 각 예제의 손실은 정답 클래스의 항 "
        "하나, −log P_c뿐입니다."
    ),
    "initial_loss.zero": (
        "가중치가 0이면 점수가 0이 될 뿐, 손실이 0이 되지는 않습니다. 똑같은 점수 K개의 "
        "소프트맥스는 각 클래스에 똑같이 1/K의 확률을 줍니다."
    ),
    "softmax_gradient.hint": (
        "각 행에 소프트맥스를 적용한 P = softmax(X @ W + b)에 대해, 점수에 대한 평균 교차 "
        "엔트로피의 기울기는 (P − Y) / n입니다(n = X.shape[0]). 여기에 X @ W + b를 거치는 연쇄 "
        "법칙을 적용하면 모양이 (d, K)인 dW와 모양이 (K,)인 db를 얻습니다. gradient(X, Y, W, b)를 "
        "정의하고 dW, db를 반환해 보세요."
    ),
    "softmax_gradient.correct": (
        "정답입니다: 무작위 문제 {count}개 모두에서 여러분의 기울기가 평균 교차 엔트로피의 중앙 "
        "유한 차분과 일치합니다. (n, d, K) = {shapes}."
    ),
    "softmax_gradient.case": "(n, d, K) = ({n}, {d}, {k}): {problem}",
    "softmax_gradient.one_array": "(dW, db) 쌍이 아니라 모양이 {shape}인 배열 하나를 반환했습니다",
    "softmax_gradient.not_pair": "반환값이 (dW, db) 쌍이 아니라 {what}입니다",
    "softmax_gradient.count": "(dW, db) 쌍이 아니라 값 {count}개를 반환했습니다",
    "softmax_gradient.one_value": "(dW, db) 쌍이 아니라 값 하나를 반환했습니다",
    "softmax_gradient.db_none": "db로 None을 반환했습니다: 편향에도 기울기가 있습니다",
    "softmax_gradient.db_zero": "0으로만 된 db를 반환했습니다: 편향에도 기울기가 있습니다",
    "softmax_gradient.not_array": "{name}의 반환값이 실수 배열이 아니라 {what}입니다",
    "softmax_gradient.swapped": "(db, dW)를 반환했습니다: 순서는 (dW, db)입니다",
    "softmax_gradient.dw_transposed": (
        "dW의 모양이 {shape}이지만 {expected}이어야 합니다: 전치인 (P − Y)ᵀX를 계산했습니다"
    ),
    "softmax_gradient.dw_shape": "dW의 모양이 {shape}이지만 W의 모양인 {expected}이어야 합니다",
    "softmax_gradient.db_rows": (
        "db의 모양이 {shape}이고 예제마다 한 행이 있습니다: 예제에 걸쳐(axis 0) 더해서 모양이 "
        "{expected}인 db를 만드세요"
    ),
    "softmax_gradient.db_axis": (
        "db의 모양이 {shape}입니다: 클래스에 걸쳐(axis 1) 더한 것입니다. 예제에 걸쳐(axis 0) "
        "더해서 모양이 {expected}인 db를 만드세요"
    ),
    "softmax_gradient.db_keepdims": (
        "db의 모양이 {shape}이지만 b의 모양인 {expected}이어야 합니다: keepdims를 빼세요"
    ),
    "softmax_gradient.db_shape": "db의 모양이 {shape}이지만 b의 모양인 {expected}이어야 합니다",
    "softmax_gradient.nonfinite": "nan이나 inf를 반환했습니다",
    "softmax_gradient.warned": "올바른 값을 반환했지만 경고가 발생했습니다: {warning}",
    "softmax_gradient.both": "dW와 db",
    "softmax_gradient.part_right": "{name}: 맞습니다",
    "softmax_gradient.part_off": "{name}: 최대 {off}만큼 어긋납니다",
    "softmax_gradient.part_sum": (
        "{name}: n = {n}배 너무 큽니다. 평균이 아니라 합한 손실의 기울기입니다"
    ),
    "softmax_gradient.part_sign": "{name}: 부호가 반대입니다. P − Y 대신 Y − P입니다",
    "softmax_gradient.part_no_y": "{name}: Y를 빼지 않은 P뿐입니다",
    "softmax_gradient.part_scores": (
        "{name}: 확률 P = softmax(X @ W + b) 대신 점수 X @ W + b를 썼습니다"
    ),
    "softmax_gradient.part_axis": (
        "{name}: 소프트맥스를 각 행이 아니라 각 열(axis 0)을 따라 계산했습니다"
    ),
    "softmax_gradient.part_transposed": "{name}: 올바른 값의 전치입니다",
    "softmax_gradient.part_rounded": "{name}: 반올림되었습니다",
    "softmax_gradient.form_hint": (
        "두 기울기를 쌍으로 반환해 보세요: `return dW, db`. dW는 W처럼 모양이 (d, K)이고, db는 "
        "b처럼 모양이 (K,)입니다."
    ),
    "softmax_gradient.db_hint": (
        "편향에도 기울기가 있습니다: db = (P − Y).sum(axis=0) / n이고 모양은 (K,)입니다. `return "
        "dW, db`로 둘 다 반환해 보세요."
    ),
    "softmax_gradient.db_shape_hint": (
        "db는 b와 같은 모양 (K,)입니다. P − Y를 예제에 걸쳐 더한 (P − Y).sum(axis=0)을 n으로 나눠 "
        "보세요."
    ),
    "softmax_gradient.transposed_hint": (
        "dW는 W와 같은 모양 (d, K)입니다: X.T @ (P − Y) / n이며, X.T의 모양은 (d, n), P − Y의 "
        "모양은 (n, K)입니다."
    ),
    "softmax_gradient.sign_hint": (
        "점수에 대한 교차 엔트로피의 기울기는 Y − P가 아니라 P − Y입니다(노트북 07). 경사 하강법은 "
        "이 기울기를 뺍니다."
    ),
    "softmax_gradient.sum_hint": (
        "손실은 n개 예제의 평균이므로, 그 기울기는 합을 n = X.shape[0]으로 나눈 것입니다. dW와 db "
        "모두 마찬가지입니다."
    ),
    "softmax_gradient.axis_hint": (
        "P = softmax(X @ W + b)는 각 행을 따라 계산합니다: 예제마다 확률 K개의 합이 "
        "1입니다(axis=-1)."
    ),
    "softmax_gradient.rounded_hint": (
        "함수 안에서 반올림하지 말고, 계산한 dW와 db를 그대로 반환해 보세요."
    ),
    "softmax_gradient.warned_hint": (
        "아무것도 오버플로되지 않도록 안정한 소프트맥스(helpers의 softmax, 또는 각 행의 최댓값을 "
        "먼저 빼는 방법)로 P를 계산해 보세요."
    ),
    "temperature_accuracy.hint": (
        "정확도는 확률의 argmax가 정답 클래스와 같은 경우가 얼마나 되는지를 셉니다. 모든 점수를 "
        "같은 T > 0으로 나누면 어느 점수가 가장 큰지가 바뀔까요?"
    ),
    "temperature_accuracy.choices": (
        "'rises'(올라감), 'falls'(내려감), 'unchanged'(그대로) 가운데 한 단어를 따옴표로 감싸 답해 "
        "보세요."
    ),
    "temperature_accuracy.collection": "답을 여러 개 모아서 입력했습니다. 한 단어만 입력해 보세요.",
    "temperature_accuracy.not_a_word": "입력한 것은 단어가 아니라 {what}입니다.",
    "temperature_accuracy.no_such": "입력한 것은 {what}이며, 보기 가운데 하나가 아닙니다.",
    "temperature_accuracy.correct": (
        "정답입니다: unchanged(그대로). 어떤 T > 0이든 z / T는 점수의 순서를 유지하므로 softmax(z "
        "/ T)의 argmax도 같습니다. 모든 예측이 그대로이니 정확도도 그대로입니다. T가 바꾸는 것은 "
        "확률이 얼마나 확신하는지뿐이며, 그것을 재는 것이 보정입니다."
    ),
    "temperature_accuracy.rises": (
        "아직 정답이 아닙니다. 정확도는 올라갈 수 없습니다. 한 예제의 모든 점수를 같은 T > 0으로 "
        "나누면 순서가 유지되므로 어떤 예측도 바뀌지 않습니다. T가 개선하는 것은 확신도가 정확도와 "
        "얼마나 잘 맞는지, 곧 보정입니다."
    ),
    "temperature_accuracy.falls": (
        "아직 정답이 아닙니다. 정확도는 내려갈 수 없습니다. 한 예제의 모든 점수를 같은 T > 0으로 "
        "나누면 순서가 유지되므로 어떤 예측도 바뀌지 않습니다. T는 모델이 맞히는 빈도에 맞추어 "
        "확률의 확신을 키우거나 줄일 뿐이며, 이것이 보정입니다."
    ),
    # --- figures: notebook 08 ---
    "alt.decision_regions_figure": (
        "표준화한 부리 길이와 부리 깊이의 평면이 곧은 검은 경계선 세 개로 나뉘어, 학습된 모델이 "
        "아델리(왼쪽), 턱끈(오른쪽 위), 젠투(오른쪽 아래)로 예측하는 영역을 이룹니다. 각 영역은 그 "
        "종일 확률이 높은 곳일수록 진하고 경계를 따라서는 옅게 칠해져 있으며, 학습용 펭귄이 색과 "
        "모양으로 표시되어 있는데 거의 모두 자기 영역 안에 있습니다."
    ),
    "alt.loss_curve_figure": (
        "학습 세트와 검증 세트의 평균 교차 엔트로피를 로그 축 위의 경사 하강법 단계에 대해 "
        "그렸습니다. 두 곡선 모두 가중치 0에서 log 3 = 1.099로 시작해 처음 백 단계 안에 가파르게 "
        "떨어진 뒤 0.1 아래에서 평평해지며, 검증 곡선이 학습 곡선보다 조금 위에 있습니다."
    ),
    "alt.reliability_figure": (
        "테스트 펭귄 69마리에 대한 신뢰도 그림 두 개로, 검증 세트에서 맞춘 온도로 점수를 나누기 "
        "전과 후를 보여 줍니다. 거의 모든 예측이 가장 높은 확신도 구간에 들어가며, 그 구간에서 "
        "정답 비율(막대)은 나누기 전에는 평균 확신도(마름모)보다 낮고 나눈 뒤에는 평균 확신도와 "
        "만납니다."
    ),
    "alt.generative_boundaries_figure": (
        "표준화한 부리 길이와 부리 깊이로 나타낸 학습용 펭귄 위에, 학습된 점수의 결정 경계(검은 "
        "실선)와 공분산을 공유하는 가우스 클래스의 결정 경계(주황 파선)가 서로 가깝게 지나가며, 세 "
        "종의 평균마다 같은 공유 공분산 타원이 그려져 있습니다."
    ),
    "plot.penguins.bill_length_mm": "부리 길이",
    "plot.penguins.bill_depth_mm": "부리 깊이",
    "plot.penguins.flipper_length_mm": "날개 길이",
    "plot.penguins.body_mass_g": "몸무게",
    "plot.penguins.standardized": "{feature} (표준화)",
    "plot.penguins.species": "종",
    "plot.penguins.species_0": "아델리",
    "plot.penguins.species_1": "턱끈",
    "plot.penguins.species_2": "젠투",
    "plot.decision_regions.shade": "예측한 종의\n확률",
    "plot.decision_regions.title": "학습된 모델이 각 종을 예측하는 영역",
    "plot.loss_curve.train": "학습 세트",
    "plot.loss_curve.validation": "검증 세트",
    "plot.loss_curve.start": "0단계, 가중치 0: {value}",
    "plot.loss_curve.xlabel": "경사 하강법 단계 (로그 눈금)",
    "plot.loss_curve.ylabel": "평균 교차 엔트로피",
    "plot.loss_curve.title": "학습 중의 손실",
    "plot.reliability.scaled": "T = {t} (적합)",
    "plot.reliability.title": "{name}: ECE {ece}",
    "plot.reliability.diagonal": "완벽한 보정",
    "plot.reliability.accuracy": "정답 비율",
    "plot.reliability.confidence": "평균 확신도",
    "plot.reliability.xlabel": "확신도 (가장 큰 확률)",
    "plot.reliability.ylabel": "맞힌 예측의 비율",
    "plot.generative.trained": "학습된 점수",
    "plot.generative.gaussian": "가우스 클래스",
    "plot.generative.title": "선형 점수에 이르는 두 길",
    "alt.class_covariances_figure": (
        "표준화한 부리 길이와 부리 깊이로 나타낸 학습용 펭귄 위에, 각 종 고유의 공분산은 그 종의 "
        "색으로 된 실선 타원으로, 공유 공분산은 각 평균 둘레의 회색 점선 타원으로 그려져 있습니다. "
        "아델리 타원은 더 둥글고 턱끈과 젠투 타원은 더 기울어져 있으며, 고유 공분산으로 얻은 휜 "
        "검은 경계는 공유 공분산으로 얻은 곧은 주황 파선 경계 가까이 지나갑니다."
    ),
    "plot.class_covariances.own": "고유 공분산, 2 sd",
    "plot.class_covariances.shared": "공유 공분산, 2 sd",
    "plot.class_covariances.quadratic": "경계, 고유 공분산",
    "plot.class_covariances.linear": "경계, 공유 공분산",
    "plot.class_covariances.title": "종마다 다른 공분산: 휜 경계",
    # --- explorers (helpers.widgets): controls, readouts, titles, alt text --------------
    "explorer.alt": "{state}의 정지 화면입니다. {purpose}.",
    # explorer: sigmoid
    "explorer.sigmoid.title": "시그모이드 탐색기",
    "explorer.sigmoid.purpose": (
        "z를 움직이며 시그모이드 위의 점, 그 접선, 0.5 임계값을 따라가 보세요"
    ),
    "explorer.sigmoid.control.z": "점수 z",
    "explorer.sigmoid.row.z": "z",
    "explorer.sigmoid.row.p": "σ(z)",
    "explorer.sigmoid.row.slope": "기울기 σ(1 − σ)",
    "explorer.sigmoid.row.prediction": "예측",
    "explorer.sigmoid.c1": "C1",
    "explorer.sigmoid.c2": "C2",
    # explorer: scores
    "explorer.scores.title": "점수 탐색기",
    "explorer.scores.purpose": (
        "원시 점수 K개를 움직이며 점수별 시그모이드와 소프트맥스를 비교해 보세요"
    ),
    "explorer.scores.control.z": "클래스 {i}의 점수",
    "explorer.scores.panel.raw": "원시 점수 z",
    "explorer.scores.panel.sigmoid": "σ(z), 점수마다 따로",
    "explorer.scores.panel.softmax": "softmax(z)",
    "explorer.scores.sum": "합 = {total}",
    "explorer.scores.sum_not_one": "합 = {total}  ≠ 1",
    # explorer: odds
    "explorer.odds.title": "오즈 탐색기",
    "explorer.odds.purpose": (
        "확률 p를 움직이며 오즈로 읽어 보세요: 수로, 비로, 그리고 이긴 경기 수로"
    ),
    "explorer.odds.control.p": "이길 확률 p",
    "explorer.odds.row.p": "p = P(승)",
    "explorer.odds.row.q": "1 − p = P(패)",
    "explorer.odds.row.odds": "오즈 = p / (1 − p)",
    "explorer.odds.row.ratio": "비로 쓴 오즈",
    "explorer.odds.games.title": "{games}경기 중 평균",
    "explorer.odds.games.exact": "{wins}, {losses}",
    "explorer.odds.games.about": "≈ {wins}, {losses}",
    "explorer.odds.count.win": "{n}승",
    "explorer.odds.count.wins": "{n}승",
    "explorer.odds.count.loss": "{n}패",
    "explorer.odds.count.losses": "{n}패",
    "explorer.odds.legend.win": "승",
    "explorer.odds.legend.loss": "패",
    "explorer.odds.strip.title": "승 부분 p, 패 부분 1 − p: 오즈는 둘의 비",
    # explorer: logit
    "explorer.logit.title": "로짓 탐색기",
    "explorer.logit.purpose": (
        "p를 움직이며 연결된 세 수직선 p, 오즈, 로그 오즈 위에서 따라가 보세요"
    ),
    "explorer.logit.control.p": "확률 p",
    "explorer.logit.line.p": "확률 p",
    "explorer.logit.line.odds": "오즈 p / (1 − p)",
    "explorer.logit.line.log_odds": "로그 오즈 log(p / (1 − p))",
    "explorer.logit.half.p_below": "p < 0.5",
    "explorer.logit.half.p_above": "p > 0.5",
    "explorer.logit.half.odds_below": "< 1",
    "explorer.logit.half.odds_above": "오즈 > 1",
    "explorer.logit.half.log_odds_below": "로그 오즈 < 0",
    "explorer.logit.half.log_odds_above": "로그 오즈 > 0",
    "explorer.logit.squeezed": "압축",
    "explorer.logit.row.p": "p =",
    "explorer.logit.row.odds": "오즈 =",
    "explorer.logit.row.log_odds": "로그 오즈 =",
    # explorer: inverse
    "explorer.inverse.title": "역함수 탐색기",
    "explorer.inverse.purpose": (
        "z를 움직이며 시그모이드 위의 점 (z, σ(z))와 로짓 위의 거울상 (σ(z), z)를 살펴보세요"
    ),
    "explorer.inverse.control.z": "점수 z",
    "explorer.inverse.mirror": "σ 위의 점 (z, σ(z))의\n거울상은 로짓 위의\n(σ(z), z)",
    "explorer.inverse.row.z": "z",
    "explorer.inverse.row.p": "σ(z)",
    "explorer.inverse.row.logit": "logit(σ(z))",
    "explorer.inverse.undoes": "logit(σ(z)) = z:\n로짓이 시그모이드를\n되돌림",
    # explorer: derivation
    "explorer.derivation.title": "유도 탐색기",
    "explorer.derivation.purpose": (
        "기준 클래스에 대한 로그 오즈 K - 1개를 정해 확률 K개를 얻고, 모두 함께 이동해 보세요"
    ),
    "explorer.derivation.control.r": "로그 오즈 r{j}",
    "explorer.derivation.control.ref": "기준",
    "explorer.derivation.control.shift": "이동 c, 모든 점수에 더함",
    "explorer.derivation.panel.scores": "점수 z = [r, 0], z + c",
    "explorer.derivation.panel.probs": "확률 P",
    "explorer.derivation.reference": "기준",
    "explorer.derivation.row.p_ref": "기준 클래스: {formula}",
    "explorer.derivation.row.difference": "이동 확인: max |softmax(z + c) − P|",
    # explorer: softmax
    "explorer.softmax.title": "소프트맥스 탐색기",
    "explorer.softmax.purpose": "로짓, 온도 T, 밑 b를 움직이며 소프트맥스와 그 argmax를 지켜보세요",
    "explorer.softmax.control.z": "클래스 {i}의 로짓",
    "explorer.softmax.control.temperature": "온도 T",
    "explorer.softmax.control.base": "밑 b",
    "explorer.softmax.panel.probs": "softmax(z / T, 밑 b)",
    "explorer.softmax.panel.onehot": "argmax의 원-핫",
    "explorer.softmax.row.entropy": "엔트로피 −Σ p log₂ p (균등: {uniform}비트)",
    "explorer.softmax.row.temperature_e": "온도 T / log b에서 밑 e와 같음",
    "explorer.softmax.bits": "{value}비트",
    # explorer: training
    "explorer.training.title": "학습 탐색기",
    "explorer.training.purpose": (
        "펭귄 데이터로 소프트맥스 회귀의 경사 하강법을 고른 학습률로 한 단계씩 따라가 보세요"
    ),
    "explorer.training.control.step": "학습 단계",
    "explorer.training.control.rate": "학습률",
    "explorer.training.control.x": "점: {feature}",
    "explorer.training.loss.title": "지금까지의 학습 손실",
    "explorer.training.loss.xlabel": "단계",
    "explorer.training.loss.ylabel": "평균 교차 엔트로피",
    "explorer.training.loss.uniform": "log 3 = {value}: 모두 같은 확률",
    "explorer.training.row.step": "단계",
    "explorer.training.row.rate": "학습률",
    "explorer.training.row.loss": "손실",
    "explorer.training.row.prob": "✕에서 P({species})",
    # explorer: simplex
    "explorer.simplex.title": "심플렉스 탐색기",
    "explorer.simplex.purpose": "점수 세 개, 이동, 온도를 움직이며 확률을 한 점으로 따라가 보세요",
    "explorer.simplex.control.z": "클래스 {i}의 점수",
    "explorer.simplex.control.shift": "이동 c, 모든 점수에 더함",
    "explorer.simplex.control.temperature": "온도 T",
    "explorer.simplex.key.levels": "P{i} = {levels}",
    "explorer.simplex.key.centre": "중심: 균등, 각 ⅓",
    "explorer.simplex.key.point": "p = softmax((z + c) / T)",
    "explorer.simplex.key.path": "T가 {low}에서 {high}까지 갈 때의 p",
    "explorer.simplex.row.p": "P{i}",
    "explorer.simplex.row.shifted": "z + c",
    "explorer.simplex.note": "c는 모든 점수에 같은 수를 더합니다",
}
