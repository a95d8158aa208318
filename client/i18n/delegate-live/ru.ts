import type { DelegateLiveCatalogue } from './en';

export const DELEGATE_LIVE_RU: DelegateLiveCatalogue = {
  'delegateLive.stripHeading': 'Сейчас выступает',
  'delegateLive.place': '{position}-й в очереди',
  'delegateLive.youAreNext': 'Вы следующий',
  'delegateLive.youAreNextHint': 'Будьте готовы: вы выступаете после нынешнего оратора.',
  'delegateLive.expectedAtVenue': 'Ожидается в {time} по времени места проведения',
  'delegateLive.notifyButton': 'Уведомить, когда передо мной останутся два оратора',
  'delegateLive.notifyOn': 'Вы получите уведомление, когда перед вами останутся два оратора.',
  'delegateLive.notifyStop': 'Больше не уведомлять',
  'delegateLive.notifyUnsupported': 'Этот браузер не показывает уведомления: держите страницу открытой, чтобы следить за очередью.',
  'delegateLive.notifyDenied': 'Уведомления для этого сайта заблокированы: разрешите их в настройках браузера.',
  'delegateLive.alertTitle': '{name}: ваша очередь близко',
  'delegateLive.alertBody': '{n, plural, =0 {Вы следующий после нынешнего оратора.} other {Перед вами один оратор после того, кто сейчас выступает.}}',
  'delegateLive.withdrawQuestion': 'Отозвать просьбу?',
  'delegateLive.withdrawConfirm': 'Отозвать',
  'delegateLive.withdrawKeep': 'Оставить',
  'delegateLive.blockedClosed': 'Список ораторов закрыт: можно просить только о праве на ответ.',
  'delegateLive.blockedCancelled': 'Это заседание отменено: просьбы о слове не принимаются.',
  'delegateLive.blockedEnded': 'Это заседание закончилось: просьбы о слове больше не принимаются.',
  'delegateLive.resumesAfterPointOfOrder': 'Прервано в связи с порядком ведения заседания: вы продолжите после',
};
